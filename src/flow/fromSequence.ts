import type { Flow, Participant, Step, StepKind } from './schema.ts';

/** A Mermaid `sequenceDiagram` as its parser reads it; texts keep Mermaid's entity codes (`#59;`) and `<br/>`. */
export interface SequenceDiagram {
  participants: { name: string; label: string; isActor: boolean }[];
  messages: { from: string; to: string; text: string; lineType: number }[];
}

/** Where a diagram was found: it becomes the flow's id, title and source. */
export interface SequenceOrigin {
  system: string;
  /** The nearest Markdown heading above the diagram, or the file name for a `.mmd` file. */
  heading: string;
  /** Path as shown to the author. */
  file: string;
  line: number;
  illustrative?: boolean;
}

// Mermaid's LINETYPE numbers of arrows; every other number is a note, loop, alt, activation or autonumber.
const DOTTED = [1, 4, 6, 25, 34, 51, 52, 53, 54, 55, 56, 57, 58];
const OPEN = [5, 24];
const SOLID = [0, 3, 33, 41, 42, 43, 44, 45, 46, 47, 48];
// Mermaid 11's half arrows written head first (`A /|- B`) point from the second participant to the first.
const REVERSED = [45, 46, 47, 48, 55, 56, 57, 58];

export function isMessage(lineType: number): boolean {
  return DOTTED.includes(lineType) || OPEN.includes(lineType) || SOLID.includes(lineType);
}

export function stepKindOf(message: { from: string; to: string; lineType: number }): StepKind {
  if (message.from === message.to) return 'self';
  if (DOTTED.includes(message.lineType)) return 'response';
  return OPEN.includes(message.lineType) ? 'async' : 'request';
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ', colon: ':', semi: ';', num: '#' };

/** Mermaid text as a reader sees it: entity codes (`#59;`, `#quot;`) decoded, `<br/>` and line breaks as spaces. */
export function decodeMermaidText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/#(\d+);/g, (code, n: string) => (Number(n) <= 0x10ffff ? String.fromCodePoint(Number(n)) : code))
    .replace(/#([a-z]+);/gi, (code, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? code)
    .replace(/\s+/g, ' ')
    .trim();
}

// Long labels would make deep links unwieldy; a step id only has to be recognisable.
const MAX_SLUG = 48;

export function slugify(text: string): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** The flow id a diagram gets: the system, then the heading, without repeating the system's name. */
export function flowIdOf(system: string, heading: string, taken: ReadonlySet<string> = new Set()): string {
  const slug = slugify(heading);
  const base = slug === '' || slug === system ? system : slug.startsWith(`${system}-`) ? slug : `${system}-${slug}`;
  return uniqueId(base, taken);
}

/**
 * The skeleton of a flow: participants and steps exactly as the diagram has them, for a docs author to enrich.
 * Participants that send or receive no message are left out: the validator rejects a participant without a step.
 */
export function flowFromSequence(diagram: SequenceDiagram, origin: SequenceOrigin, takenFlowIds: ReadonlySet<string> = new Set()): Flow {
  const participantIds = new Map<string, string>();
  const participantTaken = new Set<string>();
  diagram.participants.forEach((p, i) => {
    // The label ("Auth Service") makes a better id than the diagram's short alias ("A"), and matches the system's other flows.
    const id = uniqueId(slugify(p.label) || slugify(p.name) || `participant-${i + 1}`, participantTaken);
    participantTaken.add(id);
    participantIds.set(p.name, id);
  });
  const idOf = (name: string): string => participantIds.get(name) ?? slugify(name);

  const stepIds = new Set<string>();
  const steps: Step[] = diagram.messages.filter((m) => isMessage(m.lineType)).map((message, i) => {
    const [fromName, toName] = REVERSED.includes(message.lineType) ? [message.to, message.from] : [message.from, message.to];
    const from = idOf(fromName);
    const to = idOf(toName);
    const label = decodeMermaidText(message.text) || `Message ${i + 1}`;
    const id = uniqueId(slugify(label) || `step-${i + 1}`, stepIds);
    stepIds.add(id);
    return { id, from, to, kind: stepKindOf({ from, to, lineType: message.lineType }), label };
  });

  const used = new Set(steps.flatMap((s) => [s.from, s.to]));
  const participants: Participant[] = diagram.participants
    .map((p): Participant => ({ id: idOf(p.name), label: decodeMermaidText(p.label) || p.name, kind: p.isActor ? 'actor' : 'service' }))
    .filter((p) => used.has(p.id));

  const document = origin.file.replace(/^.*[\\/]/, '');
  return {
    $schema: '../public/flow.schema.json',
    id: flowIdOf(origin.system, origin.heading, takenFlowIds),
    system: origin.system,
    title: origin.heading,
    summary: `Imported from ${origin.file} (line ${origin.line}). Describe what a reader learns here.`,
    source: { document, section: origin.heading },
    ...(origin.illustrative ? { illustrative: true } : {}),
    participants,
    steps,
  };
}

/** A fenced ```mermaid block of a Markdown document. */
export interface MermaidBlock {
  /** 1-based line of the opening fence. */
  line: number;
  /** The nearest heading above the block, if any. */
  heading: string | undefined;
  text: string;
}

function headingText(raw: string): string {
  return raw.replace(/\s+#+\s*$/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '').trim();
}

/**
 * Every ```mermaid (or ~~~mermaid) block with the heading it sits under. Other fenced blocks are stepped over, so a
 * `# comment` inside a shell example is not taken for a heading.
 */
export function mermaidBlocks(markdown: string): MermaidBlock[] {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks: MermaidBlock[] = [];
  let heading: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (!fence) {
      const h = /^ {0,3}#{1,6}\s+(.*)$/.exec(lines[i]);
      if (h && headingText(h[1]) !== '') heading = headingText(h[1]);
      continue;
    }
    if (fence[1][0] === '`' && /`/.test(lines[i].slice(lines[i].indexOf(fence[1]) + fence[1].length))) continue;
    const close = new RegExp(`^ {0,3}${fence[1][0]}{${fence[1].length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end])) end += 1;
    if (fence[2].toLowerCase() === 'mermaid') blocks.push({ line: i + 1, heading, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}
