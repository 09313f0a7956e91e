/**
 * The Markdown that flow descriptions use, parsed to a small tree that is rendered as React elements. No HTML string
 * is ever produced, so nothing in a flow file can become markup: `<b>` stays the text "<b>", and only http(s),
 * in-page and site-relative links become links (isSafeHref; the validator reports the others).
 */
import { isSafeHref } from './safeHref.ts';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string };

const ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;

/** Told about every link the parser meets, with whether it became a link. */
export type LinkObserver = (href: string, safe: boolean) => void;

export function parseInline(source: string, onLink?: LinkObserver): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length && /[\\`*_[\]()#+\-.!<>{}|~]/.test(source[i + 1])) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(source.slice(i))![0];
      const close = source.indexOf(ticks, i + ticks.length);
      if (close > 0) {
        flush();
        out.push({ type: 'code', text: source.slice(i + ticks.length, close).replace(/^ (.*) $/, '$1') });
        i = close + ticks.length;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && source[i + 1] === ch) {
      const close = source.indexOf(ch + ch, i + 2);
      if (close > i + 2) {
        flush();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, close), onLink) });
        i = close + 2;
        continue;
      }
    }
    // `_` inside a word (snake_case) is not emphasis.
    if ((ch === '*' || (ch === '_' && !/\w/.test(source[i - 1] ?? ''))) && source[i + 1] && !/\s/.test(source[i + 1])) {
      const close = findEmphasisClose(source, i + 1, ch);
      if (close > 0) {
        flush();
        out.push({ type: 'em', children: parseInline(source.slice(i + 1, close), onLink) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(source.slice(i));
      if (link) {
        flush();
        const children = parseInline(link[1], onLink);
        const safe = isSafeHref(link[2]);
        onLink?.(link[2], safe);
        if (safe) out.push({ type: 'link', href: link[2], children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

function findEmphasisClose(source: string, from: number, marker: string): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === '`') {
      const end = source.indexOf('`', j + 1);
      if (end < 0) return -1;
      j = end;
      continue;
    }
    if (source[j] === marker && source[j + 1] !== marker && !/\s/.test(source[j - 1]) && (marker === '*' || !/\w/.test(source[j + 1] ?? ''))) return j;
  }
  return -1;
}

export function parseMarkdown(source: string, onLink?: LinkObserver): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' '), onLink) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item, onLink)) });
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      endParagraph();
      endList();
      const body: string[] = [];
      while (++i < lines.length && !/^\s*```/.test(lines[i])) body.push(lines[i]);
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      endList();
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      endParagraph();
      const ordered = /\d/.test(item[1]);
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(item[2]);
      continue;
    }
    const text = line.trim().replace(/^#{1,6}\s+/, '');
    if (list && /^\s+/.test(line)) list.items[list.items.length - 1] += ` ${text}`;
    else {
      endList();
      paragraph.push(text);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

/** The link targets in a Markdown text that would not become links: what the validator reports. */
export function unsafeLinks(source: string): string[] {
  const found: string[] = [];
  parseMarkdown(source, (href, safe) => !safe && found.push(href));
  return found;
}
