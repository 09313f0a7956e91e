import { resolve } from 'node:path';
import { formatProblem } from '../src/flow/problems.ts';
import { validateFlowSources, type ValidationResult } from '../src/flow/validate.ts';
import { readFlowSources } from './flowSources.ts';

/** The repository's flows for a CLI; when any is invalid, prints the same lines as `npm run validate` and exits 1. */
export function loadValidFlows(dir = process.env.FLOWS_DIR ?? 'flows'): ValidationResult {
  const { flows, systems } = readFlowSources(resolve(dir));
  const result = validateFlowSources(flows, systems);
  if (result.problems.length > 0) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    console.error(`\nFix the flows first (npm run validate).`);
    process.exit(1);
  }
  return result;
}
