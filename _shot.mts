import { chromium } from '@playwright/test';
import { serveDist } from './bench/serve';
// usage: tsx _shot.mts <dist> <out-prefix> <WxH> <path> [actions...]  actions: key:X click:SEL wait:MS
const [dist, out, size, path, ...actions] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const site = await serveDist(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: width < 500 ? 2 : 1 });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
await page.goto(site.url + path);
await page.waitForTimeout(1200);
for (const a of actions) {
  const [k, ...rest] = a.split(':'); const v = rest.join(':');
  if (k === 'key') await page.keyboard.press(v);
  if (k === 'click') await page.locator(v).first().click();
  if (k === 'type') await page.keyboard.type(v);
  if (k === 'wait') await page.waitForTimeout(Number(v));
  await page.waitForTimeout(400);
}
await page.waitForTimeout(800);
console.log('URL', page.url().slice(site.url.length));
await page.screenshot({ path: `/tmp/shots/${out}-${size}.png` });
await browser.close(); await site.close();
