// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'scripts/fixtures/links';

/** Runs the CLI as CI would; `node --import tsx` rather than npx keeps npm's own warnings out of the output. */
function checkLinks(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/checkLinks.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, EXPLORER_URL: 'https://explorer.example.org' },
  });
  return { status: run.status, stdout: run.stdout.trim().split('\n'), stderr: run.stderr.trim().split('\n') };
}

describe('npm run check-links', { timeout: 30_000 }, () => {
  it('reports each broken link in Markdown, MDX and HTML with file, line and suggestion, and exits 1', () => {
    const { status, stderr } = checkLinks('--flows', `${FIXTURES}/flows`, `${FIXTURES}/*`);
    expect(stderr).toEqual([
      "scripts/fixtures/links/embed.html:4: /flows/check%2Dout?step=pay: no flow 'check-out' (did you mean 'checkout'?)",
      "scripts/fixtures/links/embed.html:5: /flows/checkout?from=add%2Dto%2Dcart&amp;to=ship: no step 'ship' in flow 'checkout'",
      "scripts/fixtures/links/guide.md:6: /flows/checkout?step=payment: no step 'payment' in flow 'checkout'",
      "scripts/fixtures/links/guide.md:6: /flows/check-out?step=pay: no flow 'check-out' (did you mean 'checkout'?)",
      "scripts/fixtures/links/guide.md:7: https://explorer.example.org/flows/checkout?step=confirm-ordr: no step 'confirm-ordr' in flow 'checkout' (did you mean 'confirm-order'?)",
      "scripts/fixtures/links/refunds.mdx:6: /flows/refund?from=send-refund&to=refund-done: no step 'refund-done' in flow 'refund'",
      "scripts/fixtures/links/refunds.mdx:7: https://explorer.example.org/flows/refunds: no flow 'refunds' (did you mean 'refund'?)",
      '',
      '7 of 11 explorer links in 3 files broken',
    ]);
    expect(status).toBe(1);
  });

  it('prints a one-line summary and exits 0 when every link is valid', () => {
    const { status, stdout } = checkLinks('--flows', `${FIXTURES}/flows`, `${FIXTURES}/valid`);
    expect(stdout).toEqual(['2 explorer links in 1 file: all valid']);
    expect(status).toBe(0);
  });

  it('exits 2 when no Markdown, MDX or HTML file matches', () => {
    const { status, stderr } = checkLinks('--flows', `${FIXTURES}/flows`, `${FIXTURES}/flows/*.json`, 'docs/missing/**/*.md');
    expect(stderr).toEqual([`no Markdown, MDX or HTML files match '${FIXTURES}/flows/*.json', 'docs/missing/**/*.md'`]);
    expect(status).toBe(2);
  });

  it('refuses to check links against invalid flows, and says why', () => {
    const { status, stderr } = checkLinks('--flows', `${FIXTURES}/invalid-flows`, `${FIXTURES}/guide.md`);
    expect(stderr).toEqual([
      'scripts/fixtures/links/invalid-flows/refund.json: $.steps[0].to: no participant "payment" in this flow; participants: shop',
      '',
      'the flows themselves are invalid (1 problem); fix them before checking links',
    ]);
    expect(status).toBe(1);
  });
});
