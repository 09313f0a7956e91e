import { resolve } from 'node:path';
import { formatProblem } from '../src/flow/problems.ts';
import { validateFlowSources } from '../src/flow/validate.ts';
import { readFlowSources } from './flowSources.ts';

const dir = resolve(process.argv[2] ?? 'flows');
const { flows, systems } = readFlowSources(dir);
const result = validateFlowSources(flows, systems);
if (flows.length === 0) result.problems.push({ file: "flows", place: "$", message: "no flow files (*.json besides systems.json): nothing to explore" });
for (const problem of result.problems) console.error(formatProblem(problem));
if (result.problems.length > 0) {
  console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${new Set(result.problems.map((p) => p.file)).size} file(s); ${result.flows.length} of ${flows.length} flows are valid.`);
  process.exit(1);
}
console.log(`${flows.length} flows valid (${systems.file} and flows/*.json).`);
