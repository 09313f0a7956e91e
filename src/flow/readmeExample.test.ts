import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems.ts';
import { validateFlowSources } from './validate.ts';

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];

  it('shows an example flow that passes validation', () => {
    expect(example).toBeDefined();
    const id = JSON.parse(example!).id;
    // The example stands alone: the systems' flow order lists name flows that are not part of it.
    const systems = JSON.parse(readFileSync('flows/systems.json', 'utf8')) as { systems: { flows?: string[] }[] };
    for (const system of systems.systems) delete system.flows;
    const result = validateFlowSources([{ file: `flows/${id}.json`, text: example! }], { file: 'flows/systems.json', text: JSON.stringify(systems) });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('has a quick start of exactly two commands: one runs the explorer, one runs all tests', () => {
    const quickStart = /## Quick start\n\n```sh\n([\s\S]*?)\n```/.exec(readme)?.[1].split('\n').map((line) => line.replace(/\s+#.*$/, ''));
    expect(quickStart).toEqual(['npm install && npm run dev', 'npm install && npm test']);
  });
});
