// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OTLP = 'scripts/fixtures/traces/two-services.otlp.json';
const JAEGER = 'scripts/fixtures/traces/two-services.jaeger.json';

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, lines: `${result.stdout}\n${result.stderr}`.split('\n').filter(Boolean) };
};

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'verify-trace-'));
  copyFileSync(join(ROOT, 'flows/systems.json'), join(out, 'systems.json'));
  expect(run('scripts/importTrace.ts', OTLP, '--system', 'kanban', '--id', 'shop-orders', '--out', out).status).toBe(0);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Each run starts Node with tsx and reads the flows: seconds on a busy machine.
describe('npm run verify-trace', { timeout: 60_000 }, () => {
  it('passes a flow the trace follows', () => {
    const { status, lines } = run('scripts/verifyTrace.ts', 'shop-orders', JAEGER, '--flows', out);
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(/shop-orders\.json: trace scripts\/fixtures\/traces\/two-services\.jaeger\.json follows it \(3 documented calls observed in order\)$/);
  });

  it('fails with one line per finding, in the validator\'s form, when the code changed the flow', () => {
    const file = join(out, 'shop-orders.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"path": "/reservations"', '"path": "/holds"'));
    const { status, lines } = run('scripts/verifyTrace.ts', 'shop-orders', JAEGER, '--flows', out);
    writeFileSync(file, original);
    const shown = relative(ROOT, file);
    expect(status).toBe(1);
    expect(lines).toEqual([
      `${shown}: $.steps[0]: documented POST /holds (step 'inventory-post-reservations') not observed in trace ${JAEGER}`,
      `${shown}: $.steps: trace ${JAEGER} shows POST /reservations (shop-api → inventory), which this flow does not document`,
      `${shown}: 2 findings against ${JAEGER}`,
    ]);
  });

  it('names an unknown flow with the closest id, and usage when an argument is missing', () => {
    expect(run('scripts/verifyTrace.ts', 'shop-order', JAEGER, '--flows', out).lines[0]).toBe('no flow "shop-order" (did you mean "shop-orders"?)');
    const missing = run('scripts/verifyTrace.ts', 'shop-orders', '--flows', out);
    expect(missing.status).toBe(2);
    expect(missing.lines[0]).toBe('name the flow and the trace to check it against');
  });
});
