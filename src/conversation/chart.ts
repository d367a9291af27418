/** Draws a conversation machine as a Mermaid state diagram, from the machine itself, so the picture cannot drift. */
import type { AnyStateMachine } from 'xstate';

interface Node {
  key: string;
  path: string[];
  type: string;
  states: Record<string, Node>;
  transitions: Map<string, Transition[]>;
  always?: Transition[];
  initial?: { target: Node[] };
}
interface Transition {
  eventType: string;
  target?: Node[];
  guard?: { type: string; params?: Record<string, unknown> } | string;
}

const idOf = (node: Node) => (node.path.length ? node.path.join('_').replace(/[^A-Za-z0-9_]/g, '_') : 'root');

function guardLabel(guard: Transition['guard']): string {
  if (!guard) return '';
  if (typeof guard === 'string') return ` [${guard}]`;
  const params = guard.params ? Object.values(guard.params).join(', ') : '';
  return ` [${guard.type}${params ? ` ${params}` : ''}]`;
}

/** Mermaid `stateDiagram-v2` text for a machine: every state, event and guard. */
export function mermaidChart(machine: AnyStateMachine): string {
  const lines = ['stateDiagram-v2'];
  const edges: string[] = [];
  const draw = (node: Node, indent: string) => {
    for (const child of Object.values(node.states)) {
      const id = idOf(child);
      lines.push(`${indent}state "${child.key}" as ${id}`);
      if (Object.keys(child.states).length) {
        lines.push(`${indent}state ${id} {`);
        draw(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
    }
    const initial = node.initial?.target?.[0];
    if (initial) lines.push(`${indent}[*] --> ${idOf(initial)}`);
  };
  const collect = (node: Node) => {
    for (const child of Object.values(node.states)) {
      for (const transition of child.always ?? []) {
        for (const target of transition.target ?? []) edges.push(`${idOf(child)} --> ${idOf(target)}: always${guardLabel(transition.guard)}`);
      }
      for (const [event, transitions] of child.transitions) {
        for (const transition of transitions) {
          for (const target of transition.target ?? []) {
            if (target !== child) edges.push(`${idOf(child)} --> ${idOf(target)}: ${event}${guardLabel(transition.guard)}`);
          }
        }
      }
      collect(child);
    }
  };
  const root = machine.root as unknown as Node;
  draw(root, '  ');
  collect(root);
  for (const [event, transitions] of root.transitions) {
    for (const transition of transitions) {
      for (const target of transition.target ?? []) edges.push(`note right of ${idOf(target)}: from any state, ${event}${guardLabel(transition.guard)}`);
    }
  }
  return [...lines, ...[...new Set(edges)].map((edge) => `  ${edge}`)].join('\n');
}
