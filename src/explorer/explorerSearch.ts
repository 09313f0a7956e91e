/** Where an embed shows the step details: beside the stage, below it, or behind a "Details" button. */
export const DETAILS_PLACEMENTS = ['side', 'below', 'none'] as const;
export type DetailsPlacement = (typeof DETAILS_PLACEMENTS)[number];

/** What the flow page's URL says it shows. Anything else in the query is dropped; defaults are left out of URLs. */
export interface ExplorerSearch {
  step?: string;
  view?: 'sequence';
  embed?: '1';
  /** Presenter mode: the stage fills the screen, with a large caption. */
  present?: '1';
  /** Embeds: stepping is limited to the steps from `from` to `to` (step ids). */
  from?: string;
  to?: string;
  /** Embeds: where the details go; without it, beside the stage in wide frames and behind a button in narrow ones. */
  details?: DetailsPlacement;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const flag = (v: unknown) => v === '1' || v === 'true';

export function parseExplorerSearch(search: Record<string, unknown>): ExplorerSearch {
  const out: ExplorerSearch = {};
  const step = text(search.step);
  if (step) out.step = step;
  if (search.view === 'sequence') out.view = 'sequence';
  if (flag(search.embed)) out.embed = '1';
  if (flag(search.present)) out.present = '1';
  const from = text(search.from);
  const to = text(search.to);
  if (from) out.from = from;
  if (to) out.to = to;
  if (DETAILS_PLACEMENTS.includes(search.details as DetailsPlacement)) out.details = search.details as DetailsPlacement;
  return out;
}

const ORDER = ['step', 'view', 'embed', 'present', 'from', 'to', 'details'] as const;

/** The query string of a flow page, in a stable order. */
export function explorerQuery(search: ExplorerSearch): string {
  const params = new URLSearchParams();
  for (const key of ORDER) if (search[key]) params.set(key, search[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}
