/**
 * The policy text, checked: JSON syntax first, then the project's own validator (the same one the
 * widget and the CLI run), each finding placed at its path in the text with its suggestion.
 */
import { validatePolicy } from '../policy/index.ts';
import type { Policy, PolicyIssue } from '../policy/index.ts';
import { lineAndColumn, locatePath, parseJson, parseJsonTree } from './json-paths.ts';

export interface Finding {
  severity: 'error' | 'warning';
  /** The JSON path (`rules[2].window.days`), or `line 4` for a syntax error. */
  path: string;
  message: string;
  suggestion?: string;
  from: number;
  to: number;
  line: number;
}

export interface Analysis {
  text: string;
  /** The valid policy, or null while the text is not one. */
  policy: Policy | null;
  /** The parsed JSON, when the text is JSON at all. */
  data: unknown;
  syntaxError: boolean;
  findings: Finding[];
}

function place(text: string, issue: PolicyIssue, tree: ReturnType<typeof parseJsonTree>): Finding {
  const { from, to } = locatePath(text, issue.path, tree);
  return {
    severity: issue.severity,
    path: issue.path,
    message: issue.message,
    ...(issue.suggestion ? { suggestion: issue.suggestion } : {}),
    from,
    to,
    line: lineAndColumn(text, from).line,
  };
}

/**
 * Checks policy text and places every finding in it.
 * @example analysePolicy('{"format": 2}').findings[0].path // 'id'
 */
export function analysePolicy(text: string): Analysis {
  const json = parseJson(text);
  if (!json.ok) {
    const { at, line, column, message } = json.error;
    const finding: Finding = {
      severity: 'error',
      path: `line ${line}, column ${column}`,
      message: `not valid JSON: ${message}`,
      suggestion: 'your text is kept: fix it here',
      from: at,
      to: Math.min(at + 1, text.length),
      line,
    };
    return { text, policy: null, data: undefined, syntaxError: true, findings: [finding] };
  }
  const validation = validatePolicy(json.value);
  const tree = parseJsonTree(text);
  const findings = validation.issues.map((issue) => place(text, issue, tree)).sort((a, b) => a.from - b.from);
  return { text, policy: validation.ok ? validation.policy : null, data: json.value, syntaxError: false, findings };
}
