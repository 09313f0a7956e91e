import * as fs from 'node:fs';
import { join, relative } from 'node:path';
import { decodeText } from '../src/flow/decodeText.ts';
import { WHOLE_FILE } from '../src/flow/problems.ts';
import type { SourceFile } from '../src/flow/validate.ts';

export const SYSTEMS_FILE = 'systems.json';
export const TOURS_DIR = 'tours';
/** Far beyond any flow an author writes; past it a file is not read at all, so a stray dump cannot stall the tools. */
const MAX_BYTES = 5 * 1024 * 1024;

/** The file system calls used here, replaceable in tests (a root user can read every file). */
export interface FileAccess {
  readdir: (dir: string) => string[];
  stat: (path: string) => fs.Stats;
  lstat: (path: string) => fs.Stats;
  readFile: (path: string) => Uint8Array;
}

const nodeAccess: FileAccess = {
  readdir: (dir) => fs.readdirSync(dir),
  stat: (path) => fs.statSync(path),
  lstat: (path) => fs.lstatSync(path),
  readFile: (path) => fs.readFileSync(path),
};

/** A path as authors see it: relative to the project. */
const shown = (root: string, path: string) => relative(root, path) || path;

const code = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? 'unknown error';

/**
 * Reads one entry of flows/ as text, or says in one line why it cannot be: a directory or a dangling link named
 * *.json, something that is not a regular file (reading a pipe would block), an unreadable or huge file, or bytes
 * that are not UTF-8 text.
 */
function readSource(path: string, file: string, io: FileAccess): SourceFile {
  const unreadable = (message: string, place = WHOLE_FILE): SourceFile => ({ file, text: '', unreadable: { place, message } });
  let stats: fs.Stats;
  try {
    stats = io.stat(path);
  } catch (error) {
    if (code(error) === 'ENOENT') {
      let link = false;
      try {
        link = io.lstat(path).isSymbolicLink();
      } catch {
        // Gone between listing and reading.
      }
      return unreadable(link ? 'is a symbolic link to a file that does not exist' : 'disappeared while it was being read');
    }
    return unreadable(`cannot be read (${code(error)})`);
  }
  if (stats.isDirectory()) return unreadable('is a directory, not a flow file: rename it so it does not end in .json');
  if (!stats.isFile()) return unreadable('is not a regular file (a pipe, socket or device): flow files must be plain files');
  if (stats.size > MAX_BYTES) return unreadable(`is ${(stats.size / 1024 / 1024).toFixed(1)} MB: too large for a flow file (at most 5 MB)`);
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    return unreadable(code(error) === 'EACCES' ? 'cannot be read: permission denied' : `cannot be read (${code(error)})`);
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { file, text: decoded.text } : unreadable(decoded.message, decoded.place);
}

/**
 * Reads flows/*.json and flows/systems.json, with paths relative to the project as authors see them. Never throws:
 * whatever is wrong with an entry becomes that entry's problem.
 */
export function readFlowSources(flowsDir: string, root = process.cwd(), io: FileAccess = nodeAccess): { flows: SourceFile[]; systems: SourceFile } {
  const show = (name: string) => shown(root, join(flowsDir, name));
  let names: string[];
  try {
    names = io.readdir(flowsDir);
  } catch (error) {
    const message = code(error) === 'ENOENT' ? 'no such directory: flows are read from here' : `cannot be read (${code(error)})`;
    return { flows: [], systems: { file: relative(root, flowsDir) || flowsDir, text: '', unreadable: { place: WHOLE_FILE, message } } };
  }
  const flowNames = names.filter((n) => n.endsWith('.json') && n !== SYSTEMS_FILE).sort();
  const systems = names.includes(SYSTEMS_FILE)
    ? readSource(join(flowsDir, SYSTEMS_FILE), show(SYSTEMS_FILE), io)
    : { file: show(SYSTEMS_FILE), text: '' };
  return { flows: flowNames.map((name) => readSource(join(flowsDir, name), show(name), io)), systems };
}

/** Reads flows/tours/*.json, each as its own source; no tours directory means no tours. Never throws. */
export function readTourSources(flowsDir: string, root = process.cwd(), io: FileAccess = nodeAccess): SourceFile[] {
  const dir = join(flowsDir, TOURS_DIR);
  let names: string[];
  try {
    names = io.readdir(dir);
  } catch (error) {
    if (code(error) === 'ENOENT') return [];
    return [{ file: shown(root, dir), text: '', unreadable: { place: WHOLE_FILE, message: `cannot be read (${code(error)})` } }];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => readSource(join(dir, name), shown(root, join(dir, name)), io));
}
