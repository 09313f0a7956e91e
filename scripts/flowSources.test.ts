import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../src/flow/problems.ts';
import { validateFlowSources } from '../src/flow/validate.ts';
import { testFlow } from '../src/testing/factories.ts';
import { readFlowSources } from './flowSources.ts';

let dir: string;
const systems = JSON.stringify({ systems: [{ id: 'brokkr', name: 'Brokkr', description: 'A broker.', repository: 'https://github.com/colliery-io/brokkr' }] });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flow-sources-'));
  writeFileSync(join(dir, 'systems.json'), systems);
  writeFileSync(join(dir, 'test-flow.json'), JSON.stringify(testFlow()));
  mkdirSync(join(dir, 'folder.json'));
  symlinkSync(join(dir, 'missing-target.json.bak'), join(dir, 'dangling.json'));
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  writeFileSync(join(dir, 'line\nbreak.json'), '{');
  writeFileSync(join(dir, 'utf16.json'), Buffer.from(`\ufeff${JSON.stringify(testFlow({ id: 'utf16' }))}`, 'utf16le'));
  writeFileSync(join(dir, 'binary.json'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 131 + 7) % 256)));
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 6 * 1024 * 1024);
  writeFileSync(join(dir, 'bom.json'), `\ufeff${JSON.stringify(testFlow({ id: 'bom' }))}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading flows/', () => {
  it('gives one clear line for every odd entry, never a stack trace, and still reads the rest', () => {
    const sources = readFlowSources(dir, dir);
    const result = validateFlowSources(sources.flows, sources.systems);
    expect(result.flows.map((f) => f.id).sort()).toEqual(['bom', 'test-flow']);
    expect(result.problems.map(formatProblem)).toEqual([
      'binary.json: line 1, column 2: not UTF-8 text (byte 0x8a at byte 1): a binary file, or text in another encoding; save it as UTF-8',
      'dangling.json: $ (the whole file): is a symbolic link to a file that does not exist',
      'folder.json: $ (the whole file): is a directory, not a flow file: rename it so it does not end in .json',
      'huge.json: $ (the whole file): is 6.0 MB: too large for a flow file (at most 5 MB)',
      'line\\nbreak.json: line 1, column 2: invalid JSON: the file ends before an object is closed with "}"',
      'pipe.json: $ (the whole file): is not a regular file (a pipe, socket or device): flow files must be plain files',
      'utf16.json: $ (the whole file): saved as UTF-16 (little-endian, with a byte order mark): save it as UTF-8',
    ]);
  });

  it('says when a file cannot be read', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const sources = readFlowSources(dir, dir, {
      readdir: () => ['systems.json', 'locked.json'],
      stat: () => ({ isDirectory: () => false, isFile: () => true, size: 10 }) as never,
      lstat: () => ({ isSymbolicLink: () => false }) as never,
      readFile: (path) => {
        if (path.endsWith('locked.json')) throw denied;
        return new TextEncoder().encode(systems);
      },
    });
    expect(validateFlowSources(sources.flows, sources.systems).problems.map(formatProblem)).toEqual(['locked.json: $ (the whole file): cannot be read: permission denied']);
  });

  it('reports a missing flows directory instead of crashing', () => {
    const sources = readFlowSources(join(dir, 'nowhere'), dir);
    expect(validateFlowSources(sources.flows, sources.systems).problems.map(formatProblem)).toEqual(['nowhere: $ (the whole file): no such directory: flows are read from here']);
  });

  it('npm run validate prints those lines and exits 1, with nothing else on stderr', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l && !/npm warn/.test(l));
    expect(lines.slice(0, 7).every((l) => /^[^:]+\.json: /.test(l))).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(lines.at(-1)).toMatch(/^7 problems in 7 file\(s\); 2 of 9 flows and 0 of 0 tours are valid\.$/);
  }, 30_000);
});
