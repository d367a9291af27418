/** The policy editor and, under it, every problem the validator finds: a click goes to its place. */
import { useEffect, useRef } from 'preact/hooks';
import schema from '../../schema/policy.schema.json';
import { createPolicyEditor } from './editor.ts';
import type { JsonSchema } from './schema-help.ts';
import { reveal, setEditor } from './bridge.ts';
import { analyse, analysis, policyText, stale, textChanged } from './state.ts';

export function EditorPane() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const editor = createPolicyEditor(host.current!, {
      text: policyText.peek(),
      schema: schema as JsonSchema,
      analyse,
      onChange: textChanged,
      label: 'Policy file (JSON)',
    });
    setEditor(editor);
    return () => {
      setEditor(null);
      editor.destroy();
    };
  }, []);
  return (
    <section class="editor-pane" aria-labelledby="editor-heading">
      <h2 id="editor-heading">Policy file</h2>
      <div ref={host} class="editor" />
      <Findings />
    </section>
  );
}

function Findings() {
  const { findings, syntaxError } = analysis.value;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const summary =
    findings.length === 0
      ? 'No problems: the policy is valid.'
      : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${errors > 0 ? (syntaxError ? ' (the text is not JSON yet)' : '') : ' (the policy works)'}.`;
  return (
    <div class="findings">
      <h3 id="findings-heading">Problems</h3>
      <p role="status" class={errors > 0 ? 'summary bad' : 'summary good'}>
        {summary}
        {errors > 0 && stale.value ? ' The other panels show the last valid version.' : ''}
      </p>
      {findings.length > 0 && (
        <ul aria-labelledby="findings-heading">
          {findings.map((finding) => (
            <li key={`${finding.path}:${finding.message}`} class={finding.severity}>
              <button type="button" class="link" onClick={() => reveal(finding.from, finding.to)}>
                <span class="severity">{finding.severity === 'error' ? 'Error' : 'Warning'}</span> <code>{finding.path}</code> (line {finding.line}):{' '}
                {finding.message}
              </button>
              {finding.suggestion && <p class="suggestion">Suggestion: {finding.suggestion}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
