import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { freePort } from '../e2e/localServer';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/**
 * Lighthouse's desktop preset, in the same Chromium the tests use, for each URL; scores 0–100. Each URL is audited
 * `runs` times and the median run is kept (Lighthouse's own choice, as Lighthouse CI makes it): on a 2-core machine
 * one run's blocking time varies by a factor of three, which moves the performance score by several points.
 */
export async function lighthouseScores(urls: Record<string, string>, runs = 3): Promise<Record<string, Scores & { lcpMs: number; tbtMs: number }>> {
  const port = await freePort();
  // Lighthouse drives the browser over its debugging port, in a tab of its own.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  const out: Record<string, Scores & { lcpMs: number; tbtMs: number }> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const lhrs = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, desktopConfig);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        lhrs.push(result.lhr);
      }
      const { categories, audits } = computeMedianRun(lhrs);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      out[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      };
    }
  } finally {
    await browser.close();
  }
  return out;
}
