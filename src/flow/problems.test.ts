import { describe, expect, it } from 'vitest';
import { escapeText, formatProblem, listOf, quote } from './problems.ts';

describe('problem lines are safe to print', () => {
  it('escapes control characters, ANSI escapes, bidirectional overrides and line breaks', () => {
    expect(escapeText('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(escapeText('\u001b[31mred\u001b[0m')).toBe('\\u001b[31mred\\u001b[0m');
    expect(escapeText('abc\u202edcba')).toBe('abc\\u202edcba');
    expect(escapeText('x\u2028y\u0085z\u007f')).toBe('x\\u2028y\\u0085z\\u007f');
  });

  it('shortens long values with an ellipsis', () => {
    expect(quote('a'.repeat(100))).toBe(`"${'a'.repeat(59)}…"`);
    expect(quote('short')).toBe('"short"');
    expect(listOf(Array.from({ length: 20 }, (_, i) => `p${i}`))).toBe('p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11 … and 8 more');
  });

  it('keeps a problem on one line even when the file name has a line break', () => {
    const line = formatProblem({ file: 'flows/evil\n\u001b[2Jname.json', place: '$.id', message: 'bad id "a\nb"' });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('flows/evil\\n\\u001b[2Jname.json: $.id: bad id "a\\nb"');
  });
});
