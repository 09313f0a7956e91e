import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { basePath } from './basePath';
import { CONTENT_SECURITY_POLICY } from './csp';
import { netlifyHeaders, netlifyRedirects } from './hostingPlugin';

describe('basePath', () => {
  it('normalises what people and CI steps write', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('explorer')).toBe('/explorer/');
    expect(basePath('/docs/explorer//')).toBe('/docs/explorer/');
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no inline script and no eval, and keeps plugins and foreign bases out', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'self'");
  });

  it('is the one in the nginx recipe and the README, character for character', () => {
    expect(readFileSync('hosting/nginx.conf', 'utf8')).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
    expect(readFileSync('README.md', 'utf8')).toContain(CONTENT_SECURITY_POLICY);
  });
});

describe('Netlify files', () => {
  it('answer deep links with the app and send the policy, under the base path', () => {
    expect(netlifyRedirects('/')).toBe('/*  /index.html  200\n');
    expect(netlifyRedirects('/explorer/')).toBe('/explorer/*  /explorer/index.html  200\n');
    const headers = netlifyHeaders('/');
    expect(headers.split('\n')).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
    expect(headers).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('the GitHub Pages workflow', () => {
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8'));
  const steps: Array<Record<string, any>> = workflow.jobs.build.steps;

  it('publishes from main with the permissions Pages needs', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.map((s: { uses?: string }) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it("installs from the lock file with this project's Node, builds under the repository's base path and uploads dist/", () => {
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with['node-version']).toBe(Number(engines.match(/\d+/)![0]));
    const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages'));
    const runs = steps.filter((s) => s.run).map((s) => s.run);
    expect(runs).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env.BASE_PATH).toBe(`\${{ steps.${pages!.id}.outputs.base_path }}/`);
    // configure-pages gives "" for <owner>.github.io and custom domains, "/<repo>" for project sites.
    for (const [given, expected] of [['', '/'], ['/flow-explorer', '/flow-explorer/']]) {
      expect(basePath(build.env.BASE_PATH.replace(/\$\{\{[^}]*\}\}/, given))).toBe(expected);
    }
    expect(steps.indexOf(pages!)).toBeLessThan(steps.indexOf(build));
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with.path).toBe('dist');
  });
});
