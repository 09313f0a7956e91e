// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMermaid } from '../src/flow/toMermaid.ts';

// `node --import tsx` rather than npx: npm's own warnings would mix into the output compared here.
const exportFlow = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { encoding: 'utf8' });

// Each call starts Node and reads every flow: slow on a busy machine, so the tests get time to spare.
describe('npm run export', { timeout: 60_000 }, () => {
  const flow = JSON.parse(readFileSync('flows/dokkerr-authentication.json', 'utf8'));

  it('prints a flow as Mermaid by default, and as JSON on request', () => {
    const mermaid = exportFlow('dokkerr-authentication');
    expect(mermaid.status).toBe(0);
    expect(mermaid.stdout).toBe(toMermaid(flow));
    const json = exportFlow('dokkerr-authentication', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual(flow);
  });

  it('names an unknown flow with the closest id, and a bad format with the usage', () => {
    const unknown = exportFlow('dokkerr-authentcation');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe('no flow "dokkerr-authentcation" (did you mean "dokkerr-authentication"?)');
    const format = exportFlow('dokkerr-authentication', '--format', 'yaml');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "yaml": expected mermaid or json');
  });
});
