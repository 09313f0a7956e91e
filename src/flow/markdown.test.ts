import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('parses inline code, strong, emphasis and links', () => {
    expect(parseInline('Reads `task:{id}`, **updates** it, *then* [see](https://x.org/a_b).')).toEqual([
      { type: 'text', text: 'Reads ' },
      { type: 'code', text: 'task:{id}' },
      { type: 'text', text: ', ' },
      { type: 'strong', children: [{ type: 'text', text: 'updates' }] },
      { type: 'text', text: ' it, ' },
      { type: 'em', children: [{ type: 'text', text: 'then' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://x.org/a_b', children: [{ type: 'text', text: 'see' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves snake_case, lone stars and unclosed backticks as text', () => {
    expect(parseInline('agent_events and 2 * 3 and `open')).toEqual([{ type: 'text', text: 'agent_events and 2 * 3 and `open' }]);
    expect(parseInline('a \\*literal\\* star')).toEqual([{ type: 'text', text: 'a *literal* star' }]);
  });

  it('keeps HTML as text', () => {
    expect(parseInline('<img src=x onerror="alert(1)"> `<id>`')).toEqual([
      { type: 'text', text: '<img src=x onerror="alert(1)"> ' },
      { type: 'code', text: '<id>' },
    ]);
  });

  it('makes only safe links into links', () => {
    expect(parseInline('[x](javascript:alert(1))')).toEqual([{ type: 'text', text: 'x' }, { type: 'text', text: ')' }]);
    expect(parseInline('[x](//evil.example)')).toEqual([{ type: 'text', text: 'x' }]);
    expect(parseInline('[x](/flows/a?step=b)')[0]).toEqual({ type: 'link', href: '/flows/a?step=b', children: [{ type: 'text', text: 'x' }] });
  });

  it('splits paragraphs, lists and fenced code', () => {
    expect(parseMarkdown('First line\ncontinues.\n\n- one\n- two\n  more\n\n1. a\n\n```\n<raw> **x**\n```')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First line continues.' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two more' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'a' }]] },
      { type: 'code', text: '<raw> **x**' },
    ]);
  });

  it('turns headings into plain paragraphs so the panel outline stays intact', () => {
    expect(parseMarkdown('# Big')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Big' }] }]);
  });
});
