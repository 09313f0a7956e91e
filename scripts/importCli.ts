import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/flow/problems.ts';
import { didYouMean } from '../src/flow/suggest.ts';
import { validateFlowSources } from '../src/flow/validate.ts';
import { readFlowSources } from './flowSources.ts';

/** What the importers (import-mermaid, import-trace) share: their command line, the target system and messages. */

export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
export const shown = (path: string): string => (relative(process.cwd(), path) || path).split(sep).join('/');

/** Prints the message and the usage, and exits 2: the command line, not the input, is wrong. */
export function usageErrorFor(usage: string) {
  return (message: string): never => {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  };
}

/** `--system`, `--out` (default flows) and `--force`, plus `--id` where the importer names its one flow. */
export function parseImportArgs(usageError: (message: string) => never, withId = false) {
  try {
    return parseArgs({
      options: {
        system: { type: 'string' },
        out: { type: 'string', default: 'flows' },
        force: { type: 'boolean', default: false },
        ...(withId ? { id: { type: 'string' as const } } : {}),
      },
      allowPositionals: true,
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

/** The flows directory and the system named by `--system`, both checked, with the flows already there. */
export function importTarget(values: { system?: string; out: string }, usageError: (message: string) => never) {
  if (values.system === undefined) return usageError('--system is required: the system the imported flows belong to');
  const outDir = resolve(values.out);
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) usageError(`no flows directory ${values.out}`);
  const read = readFlowSources(outDir);
  const systems = validateFlowSources([], read.systems);
  if (!systems.systems) {
    for (const problem of systems.problems) console.error(formatProblem(problem));
    return usageError(`${read.systems.file} must list the systems before flows can be imported`);
  }
  const known = systems.systems.systems.map((s) => s.id);
  const system = systems.systems.systems.find((s) => s.id === values.system);
  if (!system) return usageError(`unknown system "${values.system}"${didYouMean(values.system, known)}; systems in ${read.systems.file}: ${known.join(', ')}`);
  return { outDir, read, system };
}
