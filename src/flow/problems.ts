/** The place of a problem with the file as a whole (its encoding, its kind, its top-level value). */
export const WHOLE_FILE = '$ (the whole file)';

/** One thing wrong in one file, at one place. Printed as `file: place: message`. */
export interface Problem {
  file: string;
  /** A JSON path such as `$.steps[3].from`, or `line 4, column 7` for a syntax error. */
  place: string;
  message: string;
}

// Characters that must never reach a terminal raw: C0 and C1 controls (ANSI escapes start with ESC), DEL, line and
// paragraph separators, and the bidirectional controls that can make a line read differently from what it is.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from a file or a file name, made safe to print: invisible and control characters written as escapes. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value from a flow file inside a message: escaped, shortened with an ellipsis when long, in double quotes. */
export function quote(value: string, max = 60): string {
  const chars = [...value];
  const short = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
  return `"${escapeText(short)}"`;
}

/** A list of ids from a file, each escaped and shortened; a long list is cut short ("… and 40 more"). */
export function listOf(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).map((v) => quote(v, 40).slice(1, -1)).join(', ');
  return values.length > max ? `${shown} … and ${values.length - max} more` : shown;
}

/** One line per problem, whatever the file name or the values in it contain. */
export function formatProblem(problem: Problem): string {
  return `${escapeText(problem.file)}: ${escapeText(problem.place)}: ${escapeText(problem.message)}`;
}

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${quote(String(segment), 40)}]`;
  }
  return out;
}
