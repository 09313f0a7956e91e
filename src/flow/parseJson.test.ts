import { describe, expect, it } from 'vitest';
import { parseJson } from './parseJson.ts';

const error = (text: string) => {
  const result = parseJson(text);
  if (result.ok) throw new Error('expected a syntax error');
  return `${result.line}:${result.column} ${result.message}`;
};

describe('parseJson', () => {
  it('parses valid JSON, with or without a UTF-8 byte order mark', () => {
    expect(parseJson('{"a": [1, "x", null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
    expect(parseJson('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('points at the real place of each kind of mistake, with a short reason', () => {
    expect(error('{\n  "a": 1,\n}\n')).toBe('2:9 trailing comma before "}"');
    expect(error('{"a": [1, 2,\n]}')).toBe('1:12 trailing comma before "]"');
    expect(error('{\n  // note\n  "a": 1\n}')).toBe('2:3 comments are not allowed in JSON');
    expect(error('{\n  "a": 1 /* x */\n}')).toBe('2:10 comments are not allowed in JSON');
    expect(error('{\n  "a": NaN\n}')).toBe('2:8 NaN is not a JSON value: write a number or null');
    expect(error('{"a": -Infinity}')).toBe('1:7 -Infinity is not a JSON value: write a number or null');
    expect(error("{'a': 1}")).toBe('1:2 JSON strings and names need double quotes, not single quotes');
    expect(error('{\n  id: "x"\n}')).toBe('2:3 property names need double quotes: "id"');
    expect(error('{"a": True}')).toBe('1:7 "True" is not a JSON value: JSON has true, false and null');
    expect(error('{\n  "a": 1\n  "b": 2\n}')).toBe('3:3 missing comma after the value on line 2');
    expect(error('{"a": 01}')).toBe('1:7 numbers cannot start with a zero');
    expect(error('{\n  "a": [1, 2\n')).toBe('3:1 the file ends before a list is closed with "]"');
    expect(error('{"a": "x\ty"}')).toBe('1:7 a string contains a raw control character (write a tab as \\t, a line break as \\n)');
    expect(error('{"a": "x\\q"}')).toBe('1:9 invalid escape "\\q" in a string (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
    expect(error('{} {}')).toBe('1:4 unexpected text after the end of the JSON value (one object per file)');
    expect(error('')).toBe('1:1 the file is empty');
    expect(error('   \n')).toBe('2:1 the file is empty');
  });

  it('never copies the file into the message: one line, however long the file', () => {
    const long = `{"a": [${'1, '.repeat(5000)}]}`;
    const message = error(long);
    expect(message.split('\n')).toHaveLength(1);
    expect(message.length).toBeLessThan(200);
  });
});
