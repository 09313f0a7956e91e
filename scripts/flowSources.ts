import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../src/flow/validate.ts';

export const SYSTEMS_FILE = 'systems.json';

/** Reads flows/*.json and flows/systems.json, with paths relative to the project as authors see them. */
export function readFlowSources(flowsDir: string, root = process.cwd()): { flows: SourceFile[]; systems: SourceFile } {
  const read = (name: string): SourceFile => {
    const path = join(flowsDir, name);
    return { file: relative(root, path) || path, text: readFileSync(path, 'utf8') };
  };
  const names = readdirSync(flowsDir).filter((n) => n.endsWith('.json') && n !== SYSTEMS_FILE).sort();
  let systems: SourceFile;
  try {
    systems = read(SYSTEMS_FILE);
  } catch {
    systems = { file: relative(root, join(flowsDir, SYSTEMS_FILE)), text: '' };
  }
  return { flows: names.map(read), systems };
}
