import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { slug } from '../src/flow/schema.ts';
import { validateFlowSources, type SourceFile } from '../src/flow/validate.ts';
import { traceToFlow } from '../src/trace/traceToFlow.ts';
import { importTarget, parseImportArgs, plural, shown, usageErrorFor } from './importCli.ts';
import { readTraceFile } from './traceFile.ts';

const USAGE = 'usage: npm run import-trace -- <trace.json> --system <id> [--id <flow-id>] [--force] [--out <dir>]';

const usageError = usageErrorFor(USAGE);

function main(): number {
  const { values, positionals } = parseImportArgs(usageError, true);
  if (positionals.length === 0) usageError('name a trace file to import (OTLP/JSON or Jaeger JSON)');
  if (positionals.length > 1) usageError(`one trace file at a time; got ${positionals.length}: ${positionals.join(', ')}`);
  const id = values.id as string | undefined;
  if (id !== undefined && !slug.safeParse(id).success) usageError(`--id "${id}": expected a lowercase slug such as "shop-checkout" (a-z, 0-9, single dashes)`);
  const { outDir, read, system } = importTarget(values, usageError);
  const { file, spans } = readTraceFile(positionals[0], usageError, 'not imported');
  if (!spans) return 1;
  const result = traceToFlow(spans, { system: system.id, file, ...(id ? { id } : {}), illustrative: system.illustrative });
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
