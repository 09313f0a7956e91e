import type { Flow, OutlineItem, StepKind } from './schema.ts';

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
 * kind (request solid, response dashed, async open, self a message to itself), and a flow's forks and loops as
 * Mermaid's own `alt` / `else` / `opt` / `loop` blocks. Messages keep the flow's step order, every outcome included.
 */
export function toMermaid(flow: Pick<Flow, 'participants' | 'steps' | 'outline'>): string {
  const lines = ['sequenceDiagram', '  autonumber'];
  for (const p of flow.participants) lines.push(`  ${p.kind === 'actor' ? 'actor' : 'participant'} ${mermaidId(p.id)} as ${mermaidText(p.label)}`);
  const message = (i: number, indent: string) => {
    const step = flow.steps[i];
    lines.push(`${indent}${mermaidId(step.from)}${ARROWS[step.kind]}${mermaidId(step.to)}: ${mermaidText(step.label)}`);
  };
  const walk = (items: OutlineItem[], indent: string) => {
    for (const item of items) {
      if (typeof item === 'number') {
        message(item, indent);
        continue;
      }
      item.branches.forEach((branch, b) => {
        const ends = branch.ends ? ' (ends the flow)' : '';
        const text = item.kind === 'alt' ? mermaidText(`${b === 0 ? `${item.label} — ` : ''}${branch.label}${ends}`) : mermaidText(item.label);
        lines.push(`${indent}${b === 0 ? item.kind : 'else'} ${text}`);
        walk(branch.items, `${indent}  `);
      });
      lines.push(`${indent}end`);
    }
  };
  if (flow.outline) walk(flow.outline, '  ');
  else flow.steps.forEach((_, i) => message(i, '  '));
  return `${lines.join('\n')}\n`;
}
