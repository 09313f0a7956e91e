import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText } from '../src/flow/decodeText.ts';
import { formatProblem } from '../src/flow/problems.ts';
import { readTrace, type TraceSpan } from '../src/trace/readTrace.ts';
import { plural, shown } from './importCli.ts';

/** A trace export can be large, but not this large: past it the file is not read. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * The spans of a trace file (OTLP/JSON or Jaeger JSON), as import-trace and verify-trace read it. A missing or huge
 * file is the command line's fault (`usageError`); a file that is not a trace prints one line per problem and gives
 * undefined, after a last line saying what was not done.
 */
export function readTraceFile(input: string, usageError: (message: string) => never, notDone: string): { file: string; spans?: TraceSpan[] } {
  if (!existsSync(input) || !statSync(input).isFile()) usageError(`no such file: ${input}`);
  const file = shown(resolve(input));
  if (statSync(input).size > MAX_BYTES) usageError(`${file}: ${(statSync(input).size / 1024 / 1024).toFixed(1)} MB is too large (at most 50 MB): export one trace`);
  const decoded = decodeText(readFileSync(input));
  if (!decoded.ok) {
    console.error(formatProblem({ file, place: decoded.place, message: decoded.message }));
    return { file };
  }
  const trace = readTrace(decoded.text);
  if (trace.problems.length > 0) {
    for (const problem of trace.problems) console.error(formatProblem({ file, ...problem }));
    console.error(`${file}: ${notDone}: ${plural(trace.problems.length, 'problem')} in the trace`);
    return { file };
  }
  return { file, spans: trace.spans };
}
