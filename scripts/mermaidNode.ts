import type { Mermaid } from 'mermaid';
import type { SequenceDiagram } from '../src/flow/fromSequence.ts';

/** The text is a Mermaid diagram of another type (`flowchart`, `classDiagram`…), or of no type Mermaid knows. */
export class NotASequenceDiagramError extends Error {
  constructor(readonly diagramType: string | undefined) {
    super(diagramType === undefined ? 'not a sequenceDiagram: Mermaid recognises no diagram type' : `not a sequenceDiagram but a ${diagramType}`);
    this.name = 'NotASequenceDiagramError';
  }
}

/** A sequenceDiagram Mermaid's grammar rejects; `line` counts from the diagram's first line when Mermaid knows it. */
export class SequenceSyntaxError extends Error {
  constructor(readonly reason: string, readonly line: number | undefined) {
    super(`Mermaid cannot parse this sequenceDiagram: ${line === undefined ? '' : `line ${line}: `}${reason}`);
    this.name = 'SequenceSyntaxError';
  }
}

// The part of Mermaid's sequence database we read; Mermaid types its diagram databases loosely.
interface SequenceDb {
  getActors(): Map<string, { name: string; description?: string; type?: string }>;
  getMessages(): { from?: string; to?: string; message?: string; type?: number }[];
}

// jsdom ships no type declarations (and @types/jsdom is not installed): type the one constructor used.
interface JsdomModule { JSDOM: new (html: string) => { window: Window & typeof globalThis } }
const JSDOM_MODULE = 'jsdom';

let loading: Promise<Mermaid> | undefined;

/**
 * Mermaid reaches for `window` and `document` while its modules are evaluated (DOMPurify, d3), so a jsdom window
 * must be in place before the import. Parsing once registers the diagram types that detection needs.
 */
function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    if (typeof globalThis.window === 'undefined') {
      const { JSDOM } = (await import(JSDOM_MODULE)) as JsdomModule;
      const { window } = new JSDOM('<!doctype html><html><body></body></html>');
      Object.assign(globalThis, { window, document: window.document });
    }
    const { default: mermaid } = await import('mermaid');
    await mermaid.parse('sequenceDiagram\n  a->>b: register diagram types', { suppressErrors: true });
    return mermaid;
  })();
  return loading;
}

// Mermaid hides entity codes from its grammar as `ﬂ°°59¶ß` (numeric) and `ﬂ°quot¶ß` (named); restore what the author wrote.
function authorText(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, '#$1;').replace(/ﬂ°(\w+)¶ß/g, '#$1;');
}

/**
 * Mermaid's own error in one line: the excerpt with its caret is dropped (it runs the diagram's lines together) and
 * so is "Parse error on line N", since the line is reported on its own. Mermaid counts lines
 * from the `sequenceDiagram` keyword, after dropping front matter, directives and comments above it.
 */
function syntaxError(error: unknown, text: string): SequenceSyntaxError {
  const hash = (error as { hash?: { loc?: { first_line?: number }; line?: number } }).hash;
  const message = error instanceof Error ? error.message : String(error);
  const parts = message.split('\n').map((l) => l.trim());
  const caret = parts.findIndex((l) => /^-*\^$/.test(l));
  if (caret > 0) parts.splice(caret - 1, 2);
  const reason = parts.join(' ').replace(/^(Parse|Lexical) error on line \d+[:.]?\s*/, '').replace(/\s+/g, ' ').trim() || message;
  const line = hash?.loc?.first_line ?? (hash?.line === undefined ? undefined : hash.line + 1);
  const lines = text.split(/\r\n|\r|\n/);
  const keywordAt = Math.max(0, lines.findIndex((l) => /^\s*sequenceDiagram\b/.test(l)));
  // An unclosed `loop` or `alt` is reported past the last line.
  return new SequenceSyntaxError(reason, line === undefined ? undefined : Math.min(line + keywordAt, lines.length));
}

/**
 * Participants and messages of a Mermaid `sequenceDiagram`, read by Mermaid's own parser. Messages keep Mermaid's
 * line type, including notes, loops and activations, for the caller to choose from.
 * @throws NotASequenceDiagramError for another diagram type, SequenceSyntaxError when Mermaid rejects the text.
 */
export async function parseSequenceDiagram(text: string): Promise<SequenceDiagram> {
  const mermaid = await loadMermaid();
  let diagramType: string | undefined;
  try {
    diagramType = mermaid.detectType(text);
  } catch {
    diagramType = undefined;
  }
  if (diagramType !== 'sequence') throw new NotASequenceDiagramError(diagramType);
  try {
    await mermaid.parse(text);
  } catch (error) {
    throw syntaxError(error, text);
  }
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as SequenceDb;
  return {
    participants: [...db.getActors().values()].map((a) => ({ name: a.name, label: authorText(a.description ?? a.name), isActor: a.type === 'actor' })),
    messages: db.getMessages().map((m) => ({ from: m.from ?? '', to: m.to ?? '', text: authorText(m.message ?? ''), lineType: m.type ?? -1 })),
  };
}
