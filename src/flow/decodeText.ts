import { WHOLE_FILE } from './problems.ts';

/** A flow file's bytes as text, or why they are not UTF-8 text. */
export type Decoded = { ok: true; text: string } | { ok: false; place: string; message: string };

const hex = (byte: number) => `0x${byte.toString(16).padStart(2, '0')}`;

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Reads a flow file the way authors save them. A UTF-8 byte order mark is accepted; UTF-16 (as some editors and
 * shells write) and binary content are each reported in one line instead of pages of garbled characters.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return { ok: false, place: WHOLE_FILE, message: `saved as UTF-16 (${order}, with a byte order mark): save it as UTF-8` };
  }
  // UTF-16 without a byte order mark: ASCII with a zero byte after (or before) every character.
  const head = bytes.subarray(0, 64);
  const zeros = head.filter((b) => b === 0).length;
  if (head.length >= 4 && zeros >= head.length / 3) {
    const oddZeros = head.filter((b, i) => b === 0 && i % 2 === 1).length;
    const evenZeros = zeros - oddZeros;
    if (oddZeros > head.length / 3 || evenZeros > head.length / 3) {
      return { ok: false, place: WHOLE_FILE, message: `saved as UTF-16 (${oddZeros > evenZeros ? 'little' : 'big'}-endian): save it as UTF-8` };
    }
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const bad = firstInvalidUtf8(bytes, start);
    const where = lineColumn(new TextDecoder('utf-8').decode(bytes.subarray(start, bad)), bad - start);
    return { ok: false, place: `line ${where.line}, column ${where.column}`, message: `not UTF-8 text (byte ${hex(bytes[bad])} at byte ${bad}): a binary file, or text in another encoding; save it as UTF-8` };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const where = lineColumn(text, nul);
    return { ok: false, place: `line ${where.line}, column ${where.column}`, message: 'contains a zero byte: a binary file, not JSON text' };
  }
  return { ok: true, text };
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return Math.min(i, bytes.length - 1);
}
