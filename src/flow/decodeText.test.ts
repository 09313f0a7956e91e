import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(out);
};

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(bytes('{"a": "é"}'))).toEqual({ ok: true, text: '{"a": "é"}' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '{}'))).toEqual({ ok: true, text: '{}' });
  });

  it('says in one line to save a UTF-16 file as UTF-8', () => {
    for (const [le, bom] of [[true, true], [false, true], [true, false], [false, false]]) {
      const result = decodeText(utf16('{\n  "id": "x"\n}\n', le, bom));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(new RegExp(`^saved as UTF-16 \\(${le ? 'little' : 'big'}-endian.*: save it as UTF-8$`));
    }
  });

  it('reports binary content in one line, with where it starts', () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const result = decodeText(garbage);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^not UTF-8 text \(byte 0x[0-9a-f]{2} at byte \d+\)/);
      expect(result.message.split('\n')).toHaveLength(1);
    }
    const withZero = decodeText(bytes('{"a":\n', [0], '}'));
    expect(withZero).toEqual({ ok: false, place: 'line 2, column 1', message: 'contains a zero byte: a binary file, not JSON text' });
  });
});
