import type { Flow, StepKind } from './schema.ts';

const ARROWS: Record<StepKind, string> = { request: '->>', response: '-->>', async: '-)', self: '->>' };

// Words the sequence-diagram grammar reads as keywords: a participant id must not be one of them. toMermaid.test.ts
// checks this list against the rules of the installed Mermaid's lexer, so a new keyword cannot slip through.
export const KEYWORDS = new Set([
  'participant', 'actor', 'as', 'autonumber', 'off', 'activate', 'deactivate', 'note', 'over', 'left', 'right', 'of', 'loop',
  'alt', 'else', 'opt', 'par', 'par_over', 'and', 'rect', 'critical', 'option', 'break', 'end', 'title', 'box', 'links',
  'link', 'properties', 'details', 'create', 'destroy', 'accdescr', 'acctitle', 'sequencediagram',
]);

/**
 * Text as Mermaid shows it but cannot misread: the characters its grammar gives a meaning to inside a label (`;` ends
 * a statement, `#` starts an entity, `%%` a comment, `<`/`>`/`&`/`"` markup, `:` a message separator) become entity
 * codes and line breaks `<br/>`. The property test in toMermaid.test.ts shows this set is enough.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[#;%<>"&:]/g, (ch) => `#${ch.charCodeAt(0)};`)
    .replace(/\r\n|\r|\n/g, '<br/>')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ')
    .trim() || '#32;';
}

/** A participant id the grammar accepts: letters, digits and underscores, never a keyword. */
export function mermaidId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_');
  return KEYWORDS.has(safe.toLowerCase()) ? `${safe}_` : safe;
}

/**
 * The flow as a Mermaid `sequenceDiagram`: participants in the flow's order, autonumbered messages, the arrow by
 * kind (request solid, response dashed, async open, self a message to itself).
 */
export function toMermaid(flow: Pick<Flow, 'participants' | 'steps'>): string {
  const lines = ['sequenceDiagram', '  autonumber'];
  for (const p of flow.participants) lines.push(`  ${p.kind === 'actor' ? 'actor' : 'participant'} ${mermaidId(p.id)} as ${mermaidText(p.label)}`);
  for (const step of flow.steps) lines.push(`  ${mermaidId(step.from)}${ARROWS[step.kind]}${mermaidId(step.to)}: ${mermaidText(step.label)}`);
  return `${lines.join('\n')}\n`;
}
