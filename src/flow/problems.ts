/** One thing wrong in one file, at one place. Printed as `file: place: message`. */
export interface Problem {
  file: string;
  /** A JSON path such as `$.steps[3].from`, or `line 4, column 7` for a syntax error. */
  place: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.place}: ${problem.message}`;
}

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
