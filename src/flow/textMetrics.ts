/**
 * Conservative text widths for laying out the canvas at build time, when no browser can measure. The table holds
 * DejaVu Sans advance widths (em, ASCII 32–126, measured in Chromium): the widest of the sans-serif fonts a reader is
 * likely to fall back to, so a label sized here never overflows its box in a narrower font (Inter, Segoe UI, SF).
 */
const REGULAR = [0.32,0.41,0.46,0.84,0.64,0.96,0.78,0.28,0.4,0.4,0.5,0.84,0.32,0.37,0.32,0.34,0.64,0.64,0.64,0.64,0.64,0.64,0.64,0.64,0.64,0.64,0.34,0.34,0.84,0.84,0.84,0.54,1,0.69,0.69,0.7,0.78,0.64,0.58,0.78,0.76,0.3,0.3,0.66,0.56,0.87,0.75,0.79,0.61,0.79,0.7,0.64,0.62,0.74,0.69,0.99,0.69,0.62,0.69,0.4,0.34,0.4,0.84,0.5,0.5,0.62,0.64,0.55,0.64,0.62,0.36,0.64,0.64,0.28,0.28,0.58,0.28,0.98,0.64,0.62,0.64,0.64,0.42,0.53,0.4,0.64,0.6,0.82,0.6,0.6,0.53,0.64,0.34,0.64,0.84];
const BOLD = [0.35,0.46,0.53,0.84,0.7,1.01,0.88,0.31,0.46,0.46,0.53,0.84,0.38,0.42,0.38,0.37,0.7,0.7,0.7,0.7,0.7,0.7,0.7,0.7,0.7,0.7,0.4,0.4,0.84,0.84,0.84,0.59,1,0.78,0.77,0.74,0.84,0.69,0.69,0.83,0.84,0.38,0.38,0.78,0.64,1,0.84,0.86,0.74,0.86,0.78,0.73,0.69,0.82,0.78,1.11,0.78,0.73,0.73,0.46,0.37,0.46,0.84,0.5,0.5,0.68,0.72,0.6,0.72,0.68,0.44,0.72,0.72,0.35,0.35,0.67,0.35,1.05,0.72,0.69,0.72,0.72,0.5,0.6,0.48,0.72,0.66,0.93,0.65,0.66,0.59,0.72,0.37,0.72,0.84];
/** Outside ASCII (accents, CJK, symbols) assume a wide glyph rather than risk an overflow. */
const OTHER_EM = 1;

export type FontWeight = 'regular' | 'bold';

export function textWidth(text: string, px: number, weight: FontWeight = 'regular'): number {
  const table = weight === 'bold' ? BOLD : REGULAR;
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    em += code >= 32 && code < 127 ? table[code - 32] : OTHER_EM;
  }
  return em * px;
}

/**
 * Where a label may break: after a space (the space goes), after "/" and after "-", so `portal/backend` and
 * `Kubernetes API server` break where a reader expects and a word is never cut.
 */
export function breakTokens(text: string): string[] {
  return text.match(/[^\s/-]*(?:[/-]+|\s+|$)/g)?.filter((t) => t !== '') ?? [];
}

/** Greedy line breaking at those places. A single word wider than `maxWidth` keeps its own line (the box grows). */
export function wrapText(text: string, maxWidth: number, px: number, weight: FontWeight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of breakTokens(text.trim().replace(/\s+/g, ' '))) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate.trimEnd(), px, weight) > maxWidth) {
      lines.push(line.trimEnd());
      line = token;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Width of the widest unbreakable piece: a box narrower than this would have to cut a word. */
export function longestWordWidth(text: string, px: number, weight: FontWeight = 'regular'): number {
  return Math.max(0, ...breakTokens(text).map((t) => textWidth(t.trimEnd(), px, weight)));
}
