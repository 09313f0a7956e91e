import { resolve } from 'node:path';
import { formatProblem } from '../src/flow/problems.ts';
import { validateFlowSources } from '../src/flow/validate.ts';
import { validateTourSources } from '../src/flow/validateTours.ts';
import { readFlowSources, readTourSources } from './flowSources.ts';

const dir = resolve(process.argv[2] ?? 'flows');
const { flows, systems } = readFlowSources(dir);
const result = validateFlowSources(flows, systems);
const tourSources = readTourSources(dir);
const tours = validateTourSources(tourSources, result.flows);
result.problems.push(...tours.problems);
if (flows.length === 0) result.problems.push({ file: "flows", place: "$", message: "no flow files (*.json besides systems.json): nothing to explore" });
for (const problem of result.problems) console.error(formatProblem(problem));
if (result.problems.length > 0) {
  console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${new Set(result.problems.map((p) => p.file)).size} file(s); ${result.flows.length} of ${flows.length} flows and ${tours.tours.length} of ${tourSources.length} tours are valid.`);
  process.exit(1);
}
console.log(`${flows.length} flows and ${tourSources.length} tours valid (${systems.file}, flows/*.json and flows/tours/*.json).`);
