import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import type { Flow, Tour } from '../src/flow/schema';

// Tours from the repository's own files: the pages must show exactly what the files say.
const dir = new URL('../flows/tours/', import.meta.url);
const tourIds = readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, ''));
const read = <T,>(url: URL) => JSON.parse(readFileSync(url, 'utf8')) as T;
const TOUR = read<Tour>(new URL('brokkr-in-20-minutes.json', dir));
const flowOf = (id: string) => read<Flow>(new URL(`../flows/${id}.json`, import.meta.url));
const tourNav = (page: Page) => page.getByRole('navigation', { name: 'Tour' });

test('/tours lists every tour, and a tour page shows its path in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Take a tour' }).click();
  await expect(page).toHaveURL(/\/tours$/);
  await expect(page.locator('.tour-card')).toHaveCount(tourIds.length);
  await page.getByRole('link', { name: new RegExp(TOUR.title) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TOUR.title);
  await expect(page.locator('.tour-stop-title')).toHaveText(TOUR.stops.map((s) => flowOf(s.flow).title));
});

test('inside a tour a flow says where it is, and at its last step "Next flow" continues the tour', async ({ page }) => {
  await page.goto(`/tours/${TOUR.id}`);
  await page.getByRole('link', { name: 'Start the tour' }).click();
  const [first, second] = TOUR.stops;
  await expect(page).toHaveURL(new RegExp(`/flows/${first.flow}\\?.*tour=${TOUR.id}`));
  await expect(tourNav(page)).toContainText(`${TOUR.title} · Flow 1 of ${TOUR.stops.length}`);
  await page.keyboard.press('End');
  const next = tourNav(page).getByRole('link', { name: `Next flow: ${flowOf(second.flow).title} →` });
  await expect(next).toHaveClass(/primary-button/);
  await next.click();
  await expect(page).toHaveURL(new RegExp(`/flows/${second.flow}\\?.*tour=${TOUR.id}`));
  await expect(tourNav(page)).toContainText(`Flow 2 of ${TOUR.stops.length}`);
  await expect(page.getByRole('status')).toHaveText(/^Step \d+ of \d+/);

  // The tour is in the URL: the link opens the same place in the tour.
  const url = page.url();
  await page.goto('/');
  await page.goto(url);
  await expect(tourNav(page)).toContainText(`Flow 2 of ${TOUR.stops.length}`);
  await tourNav(page).getByRole('link', { name: '← Previous flow' }).click();
  await expect(tourNav(page)).toContainText('Flow 1 of');
});

test('the tour page shows what this reader has seen and continues from there; an unknown tour is not found', async ({ page }) => {
  const first = TOUR.stops[0];
  await page.goto(`/flows/${first.flow}?tour=${TOUR.id}${first.from ? `&step=${first.from}` : ''}`);
  await expect(page.getByRole('status')).toHaveText(/^Step 1 of/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status')).toHaveText(/^Step 2 of/);
  await page.goto(`/tours/${TOUR.id}`);
  await expect(page.locator('.tour-stop').first()).toContainText('2 of');
  await expect(page.getByRole('link', { name: 'Continue the tour' })).toBeVisible();
  await page.goto('/tours/no-such-tour');
  await expect(page.getByText("There is no tour 'no-such-tour'.")).toBeVisible();
});
