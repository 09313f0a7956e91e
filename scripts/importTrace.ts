import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '../src/flow/decodeText.ts';
import { formatProblem } from '../src/flow/problems.ts';
import { slug } from '../src/flow/schema.ts';
import { didYouMean } from '../src/flow/suggest.ts';
import { validateFlowSources, type SourceFile } from '../src/flow/validate.ts';
import { readTrace } from '../src/trace/readTrace.ts';
import { traceToFlow } from '../src/trace/traceToFlow.ts';
import { readFlowSources } from './flowSources.ts';

const USAGE = 'usage: npm run import-trace -- <trace.json> --system <id> [--id <flow-id>] [--force] [--out <dir>]';
/** A trace export can be large, but not this large: past it the file is not read. */
const MAX_BYTES = 50 * 1024 * 1024;

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const shown = (path: string): string => (relative(process.cwd(), path) || path).split(sep).join('/');

function parseCommandLine() {
  try {
    return parseArgs({
      options: { system: { type: 'string' }, id: { type: 'string' }, out: { type: 'string', default: 'flows' }, force: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

function main(): number {
  const { values, positionals } = parseCommandLine();
  if (positionals.length === 0) usageError('name a trace file to import (OTLP/JSON or Jaeger JSON)');
  if (positionals.length > 1) usageError(`one trace file at a time; got ${positionals.length}: ${positionals.join(', ')}`);
  if (values.system === undefined) usageError('--system is required: the system this flow belongs to');
  if (values.id !== undefined && !slug.safeParse(values.id).success) usageError(`--id "${values.id}": expected a lowercase slug such as "shop-checkout" (a-z, 0-9, single dashes)`);
  const outDir = resolve(values.out);
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) usageError(`no flows directory ${values.out}`);
  const [input] = positionals;
  if (!existsSync(input) || !statSync(input).isFile()) usageError(`no such file: ${input}`);
  const file = shown(resolve(input));
  if (statSync(input).size > MAX_BYTES) usageError(`${file}: ${(statSync(input).size / 1024 / 1024).toFixed(1)} MB is too large (at most 50 MB): export one trace`);

  const read = readFlowSources(outDir);
  const systems = validateFlowSources([], read.systems);
  if (!systems.systems) {
    for (const problem of systems.problems) console.error(formatProblem(problem));
    return usageError(`${read.systems.file} must list the systems before flows can be imported`);
  }
  const system = systems.systems.systems.find((s) => s.id === values.system);
  const known = systems.systems.systems.map((s) => s.id);
  if (!system) usageError(`unknown system "${values.system}"${didYouMean(values.system, known)}; systems in ${read.systems.file}: ${known.join(', ')}`);

  const decoded = decodeText(readFileSync(input));
  if (!decoded.ok) {
    console.error(formatProblem({ file, place: decoded.place, message: decoded.message }));
    return 1;
  }
  const trace = readTrace(decoded.text);
  if (trace.problems.length > 0) {
    for (const problem of trace.problems) console.error(formatProblem({ file, ...problem }));
    console.error(`${file}: not imported: ${plural(trace.problems.length, 'problem')} in the trace`);
    return 1;
  }
  const result = traceToFlow(trace.spans, { system: system.id, file, ...(values.id ? { id: values.id } : {}), illustrative: system.illustrative });
  if (!result.ok) {
    console.error(`${file}: ${result.message}`);
    return 1;
  }
  const { flow } = result;
  const target = join(outDir, `${flow.id}.json`);
  const exists = existsSync(target);
  if (exists && !values.force) {
    console.error(`${file}: flow '${flow.id}' exists at ${shown(target)}: not written (use --force to overwrite, or --id to name another flow)`);
    return 1;
  }
  const candidate: SourceFile = { file: shown(target), text: `${JSON.stringify(flow, null, 2)}\n` };
  const others = read.flows.filter((s) => resolve(s.file) !== target);
  const problems = validateFlowSources([...others, candidate], read.systems).problems.filter((p) => resolve(p.file) === target);
  if (problems.length > 0) {
    for (const p of problems) console.error(`${file}: flow '${flow.id}' does not pass validation: ${p.place}: ${p.message}`);
    return 1;
  }
  writeFileSync(target, candidate.text);
  const size = `${plural(flow.participants.length, 'participant')}, ${plural(flow.steps.length, 'step')}`;
  console.log(`${file}: wrote ${candidate.file} (${size})${exists ? ', overwriting the previous file' : ''}`);
  return 0;
}

process.exitCode = main();
