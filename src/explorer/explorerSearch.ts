/** What the flow page's URL says it shows. Anything else in the query is dropped; defaults are left out of URLs. */
export interface ExplorerSearch {
  step?: string;
  view?: 'sequence';
  embed?: '1';
  /** Embeds: stepping is limited to the steps from `from` to `to` (step ids). */
  from?: string;
  to?: string;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export function parseExplorerSearch(search: Record<string, unknown>): ExplorerSearch {
  const out: ExplorerSearch = {};
  const step = text(search.step);
  if (step) out.step = step;
  if (search.view === 'sequence') out.view = 'sequence';
  if (search.embed === '1' || search.embed === 'true') out.embed = '1';
  const from = text(search.from);
  const to = text(search.to);
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

/** The query string of a flow page, in a stable order. */
export function explorerQuery(search: ExplorerSearch): string {
  const params = new URLSearchParams();
  for (const key of ['step', 'view', 'embed', 'from', 'to'] as const) if (search[key]) params.set(key, search[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}
