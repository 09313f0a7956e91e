import { chromium } from '@playwright/test';
import { serveDist } from './bench/serve';
const site = await serveDist('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const f of ['brokkr-generator-deletion', 'brokkr-live-telemetry']) {
  await page.goto(`${site.url}/flows/${f}?step=${process.argv[2] ?? ''}`);
  await page.waitForSelector('.current-label');
  await page.waitForTimeout(500);
  console.log(f, await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 392 && !e.closest('.react-flow')).slice(0, 6).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${e.textContent?.slice(0, 60)}`)));
}
await browser.close(); await site.close();
