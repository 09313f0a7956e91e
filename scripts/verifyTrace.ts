import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/flow/problems.ts';
import { rawItems } from '../src/flow/rawSteps.ts';
import type { Step } from '../src/flow/schema.ts';
import { didYouMean } from '../src/flow/suggest.ts';
import { flowIdOfFile, validateFlowSources } from '../src/flow/validate.ts';
import { traceToFlow } from '../src/trace/traceToFlow.ts';
import { verifyTrace } from '../src/trace/verifyTrace.ts';
import { readFlowSources } from './flowSources.ts';
import { plural, usageErrorFor } from './importCli.ts';
import { readTraceFile } from './traceFile.ts';

const USAGE = 'usage: npm run verify-trace -- <flow-id> <trace.json> [--flows <dir>]';
const usageError = usageErrorFor(USAGE);

/**
 * Checks a recorded trace against a documented flow, for CI: one line per finding in the validator's form
 * (`flows/<id>.json: $.steps[3]: …`), exit 1 on any, so the docs fail when the code changes the flow.
 */
function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { flows: { type: 'string', default: 'flows' } }, allowPositionals: true });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) usageError('name the flow and the trace to check it against');
  const [flowId, input] = positionals;
  const read = readFlowSources(resolve(values.flows));
  const source = read.flows.find((s) => flowIdOfFile(s.file) === flowId);
  if (!source) usageError(`no flow "${flowId}"${didYouMean(flowId, read.flows.map((s) => flowIdOfFile(s.file)))}`);
  const validated = validateFlowSources(read.flows, read.systems);
  const flow = validated.flows.find((f) => f.id === flowId);
  if (!flow) {
    for (const problem of validated.problems.filter((p) => p.file === source!.file)) console.error(formatProblem(problem));
    console.error(`${source!.file}: not checked: the flow itself has problems (npm run validate lists them)`);
    return 1;
  }
  const { file, spans } = readTraceFile(input, usageError, 'not checked');
  if (!spans) return 1;
  const observed = traceToFlow(spans, { system: flow.system, file });
  if (!observed.ok) {
    console.error(`${file}: ${observed.message}`);
    return 1;
  }
  // Each documented step's JSON path in its file, steps inside forks and loops included.
  const places = new Map(rawItems(JSON.parse(readFileSync(source!.file, 'utf8')).steps).steps.map((s) => [s.value.id, s.at]));
  // An imported trace has plain steps only, no forks or loops.
  const findings = verifyTrace(flow, { participants: observed.flow.participants, steps: observed.flow.steps as Step[] }, {
    traceName: file,
    placeOf: (stepId) => places.get(stepId) ?? '$.steps',
  });
  for (const finding of findings) console.error(formatProblem({ file: source!.file, ...finding }));
  if (findings.length > 0) {
    console.error(`${source!.file}: ${plural(findings.length, 'finding')} against ${file}`);
    return 1;
  }
  const checked = flow.steps.filter((s) => s.kind !== 'response' && (s.endpoint || s.tables?.length)).length;
  console.log(`${source!.file}: trace ${file} follows it (${plural(checked, 'documented call')} observed in order)`);
  return 0;
}

process.exitCode = main();
