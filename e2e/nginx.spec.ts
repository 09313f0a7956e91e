import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../scripts/csp';
import { walkUnderCsp } from './cspWalk';
import { NGINX, startNginx } from './nginxHost';

// The nginx recipe (hosting/nginx.conf) serving the build that `npm test` made. CI installs nginx; elsewhere the test
// is skipped with the reason, unless REQUIRE_NGINX is set (as .ci/run does), when a missing nginx is a failure.
test.skip(!NGINX && !process.env.REQUIRE_NGINX, 'nginx is not installed (apt-get install -y nginx)');

let host: Awaited<ReturnType<typeof startNginx>>;
test.beforeAll(async () => {
  host = await startNginx('dist');
});
test.afterAll(async () => {
  await host?.close();
});

test('nginx: deep links get the app (a flow its own page), assets are cached for good and gzipped, a missing asset is a real 404', async ({ request }) => {
  const deep = await request.get(`${host.url}/flows/brokkr-work-orders?step=3`);
  expect(deep.status()).toBe(200);
  expect(deep.headers()['content-type']).toContain('text/html');
  expect(deep.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(deep.headers()['cache-control']).toBe('no-cache');
  expect(deep.headers()['x-content-type-options']).toBe('nosniff');
  // The flow's own page (flows/<id>.html): its title, and its data named up front. Any other path gets the app.
  expect(await deep.text()).toMatch(/<title>[^<]+ · Flow Explorer<\/title>[\s\S]*<link rel="modulepreload" crossorigin href="\/assets\/brokkr-work-orders-/);
  const other = await request.get(`${host.url}/flows/no-such-flow`);
  expect(other.status()).toBe(200);
  expect(await other.text()).toContain('<title>Flow Explorer</title>');

  const asset = readdirSync('dist/assets').find((f) => /^index-.*\.js$/.test(f));
  const js = await request.get(`${host.url}/assets/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(js.status()).toBe(200);
  expect(js.headers()['content-encoding']).toBe('gzip');
  expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(js.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

  const gone = await request.get(`${host.url}/assets/index-gone.js`);
  expect(gone.status()).toBe(404);
});

test('nginx: every page works under its CSP header with nothing refused', async ({ page }) => {
  await walkUnderCsp(page, host.url);
});
