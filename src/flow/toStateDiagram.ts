import type { EntityEntry } from './crossIndex.ts';
import { mermaidText } from './toMermaid.ts';

/**
 * An entity's state machine as a Mermaid `stateDiagram-v2`: each state declared with its name as a label (ids are
 * generated, so no state name can collide with the grammar), `[*] -->` for creation, and a transition caused by several
 * steps labelled with how many.
 */
export function toStateDiagram(entry: Pick<EntityEntry, 'states' | 'transitions'>): string {
  const id = new Map(entry.states.map((state, i) => [state, `s${i}`]));
  const lines = ['stateDiagram-v2'];
  for (const state of entry.states) lines.push(`  state "${mermaidText(state)}" as ${id.get(state)}`);
  for (const t of entry.transitions) {
    // A count only where several steps cause the same transition: the list below names them all.
    const steps = t.steps.length > 1 ? ` : ${t.steps.length} steps` : '';
    lines.push(`  ${t.from === null ? '[*]' : id.get(t.from)} --> ${id.get(t.to)}${steps}`);
  }
  return `${lines.join('\n')}\n`;
}
