import { explorerQuery, type ExplorerSearch } from '../explorer/explorerSearch';
import { escapeHtml } from './escapeHtml';

/** In-app hrefs, with the base path the site is hosted under (BASE_PATH at build time). */
const base = import.meta.env.BASE_URL;

export function flowHref(flowId: string, stepId?: string, path?: string): string {
  return flowPageHref(flowId, { ...(stepId ? { step: stepId } : {}), ...(path ? { path } : {}) });
}

export function flowPageHref(flowId: string, search: ExplorerSearch): string {
  return `${base}flows/${encodeURIComponent(flowId)}${explorerQuery(search)}`;
}

export function toursHref(): string {
  return `${base}tours`;
}

export function tourHref(tourId: string): string {
  return `${base}tours/${encodeURIComponent(tourId)}`;
}

/** A stop of a tour: its flow at the first step of its part, with the tour and the part in the URL. */
export function tourStopHref(tourId: string, stop: { flow: string; from?: string; to?: string }, extra: ExplorerSearch = {}): string {
  return flowPageHref(stop.flow, { ...extra, step: stop.from, tour: tourId, from: stop.from, to: stop.to });
}

/** The cross-flow index pages: `/endpoints`, `/tables`, `/entities`, one system's part, or one entry. */
export type IndexKind = 'endpoints' | 'tables' | 'entities';
export function indexHref(kind: IndexKind, system?: string, entry?: string): string {
  if (entry && system) return `${base}${kind}/${encodeURIComponent(system)}/${encodeURIComponent(entry)}`;
  return `${base}${kind}${system ? `?system=${encodeURIComponent(system)}` : ''}`;
}

export function catalogHref(): string {
  return base;
}

/** The absolute URL of a flow page, for sharing. */
export function absoluteUrl(flowId: string, search: ExplorerSearch): string {
  return new URL(flowPageHref(flowId, search), window.location.origin).href;
}

/** An `<iframe>` that shows this flow, opening at the chosen step, with a title for screen readers. */
export function embedSnippet(flowId: string, title: string, search: ExplorerSearch, height = 520): string {
  const src = absoluteUrl(flowId, { ...search, embed: '1' });
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`${title} — Flow Explorer`)}" width="100%" height="${Math.round(height)}" style="border: 1px solid #e2e6ef; border-radius: 8px" loading="lazy"></iframe>`;
}
