import type { Page } from '@playwright/test';

export interface WalkOptions {
  /** Step ids in the order to visit them, starting with the one the page is on. */
  stepIds: string[];
  /** The key that moves to the next id in the list. */
  key: 'PageDown' | 'PageUp';
  minNamePx: number;
  /** Also check the details panel (heading = the step's label, every section filled). */
  labels?: string[];
}

/**
 * Runs in the browser: visits every step by key and measures what a reader sees of it — the on-screen size of the
 * current participants' names (CSS size × canvas zoom), whether they and the current label are fully on the stage,
 * whether the label is truncated or covers a participant or another label, whether a sender or receiver badge covers
 * its participant's text. Returns one line per problem.
 * One evaluate per flow keeps a walk over every step of every flow fast.
 */
async function walk({ stepIds, key, minNamePx, labels }: WalkOptions): Promise<string[]> {
  const problems: string[] = [];
  const frames = (n: number) => new Promise<void>((done) => {
    const tick = () => (n-- <= 0 ? done() : requestAnimationFrame(tick));
    tick();
  });
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 900 && !ok(); i++) await frames(1);
    return ok();
  };
  for (let i = 0; i < stepIds.length; i++) {
    const where = `step ${stepIds[i]}`;
    if (i > 0) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    const label = () => document.querySelector<HTMLElement>(`.current-label[data-step="${stepIds[i]}"]`);
    if (!(await until(() => label()?.style.visibility === 'visible'))) {
      problems.push(`${where}: never shown`);
      continue;
    }
    // Seen at the start of a frame (a rAF callback), before that frame's layout; one frame later that layout and the
    // label's resize observer, which places it again when its new text has another size, have run.
    await frames(1);
    const canvas = document.querySelector('.flow-canvas')!;
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const frame = canvas.getBoundingClientRect();
    const inside = (r: DOMRect) => r.left >= frame.left - 1 && r.top >= frame.top - 1 && r.right <= frame.right + 1 && r.bottom <= frame.bottom + 1;
    const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    document.querySelectorAll('.participant:not(.participant--idle)').forEach((node) => {
      const name = node.querySelector('.participant-label')!;
      const px = parseFloat(getComputedStyle(name).fontSize) * zoom;
      const text = name.firstChild?.textContent ?? '';
      if (px < minNamePx - 0.01) problems.push(`${where}: "${text}" renders at ${px.toFixed(1)} px (< ${minNamePx})`);
      if (!inside(node.getBoundingClientRect())) problems.push(`${where}: "${text}" is not fully on screen`);
      const role = node.querySelector('.participant-role');
      if (role && overlap(role.getBoundingClientRect(), node.querySelector('.participant-text')!.getBoundingClientRect())) {
        problems.push(`${where}: the ${role.textContent} badge covers "${text}"'s name or subtitle`);
      }
    });
    const el = label()!;
    const box = el.getBoundingClientRect();
    if (!inside(box)) problems.push(`${where}: the current label is cut off by the stage`);
    const parts = [el, ...Array.from(el.querySelectorAll<HTMLElement>('*'))];
    if (parts.some((p) => (p.scrollWidth > p.clientWidth + 1 && getComputedStyle(p).overflow !== 'visible') || getComputedStyle(p).textOverflow === 'ellipsis')) {
      problems.push(`${where}: the current label is truncated`);
    }
    document.querySelectorAll('.participant').forEach((p) => {
      if (overlap(box, p.getBoundingClientRect())) problems.push(`${where}: the current label covers participant ${p.querySelector('.participant-label')?.firstChild?.textContent}`);
    });
    document.querySelectorAll('.edge-pill').forEach((p) => {
      if (overlap(box, p.getBoundingClientRect())) problems.push(`${where}: the current label covers pill ${p.textContent}`);
    });
    if (labels) {
      const details = document.querySelector('[aria-label="Step details"]');
      if (details?.querySelector('h2')?.textContent !== labels[i]) problems.push(`${where}: the details show "${details?.querySelector('h2')?.textContent}"`);
      details?.querySelectorAll('section').forEach((s) => {
        if ((s.textContent ?? '').trim().length < 8) problems.push(`${where}: details section "${s.textContent}" is empty`);
      });
    }
  }
  return problems;
}

/**
 * Opens `href` in the page's own router, as a link inside the explorer does, and waits until `title`'s diagram is
 * drawn. A walk over every flow opens sixty pages per size; loading each from scratch would spend most of the run
 * starting the app again, which the deep-link tests already cover.
 */
export async function openInApp(page: Page, href: string, title: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, href);
  await page.waitForFunction((name) => document.querySelector(`.flow-canvas[aria-label="Diagram of ${CSS.escape(name)}"]`) !== null, title);
}

/** Walks the steps from the one the page shows; returns a line per problem, prefixed with `where`. */
export async function walkSteps(page: Page, where: string, options: WalkOptions): Promise<string[]> {
  return (await page.evaluate(walk, options)).map((line) => `${where} ${line}`);
}
