import * as z from 'zod/mini';

/** Where an embed shows the step details: beside the stage, below it, or behind a "Details" button. */
export const DETAILS_PLACEMENTS = ['side', 'below', 'none'] as const;
export type DetailsPlacement = (typeof DETAILS_PLACEMENTS)[number];

/** What the flow page's URL says it shows. Anything else in the query is dropped; defaults are left out of URLs. */
export interface ExplorerSearch {
  step?: string;
  /** The outcomes chosen at forks (outcome ids, comma-separated); without it, each fork's first outcome. */
  path?: string;
  view?: 'sequence';
  embed?: '1';
  /** Presenter mode: the stage fills the screen, with a large caption. */
  present?: '1';
  /** Playback starts again from the first step after the last (kiosk screens). */
  loop?: '1';
  /** The presenter's own window: current and next step, speaker notes, clocks. */
  speaker?: '1';
  /** The tour this flow is seen in (a tour id): the page shows its place in the tour and the way on. */
  tour?: string;
  /** Embeds: stepping is limited to the steps from `from` to `to` (step ids). */
  from?: string;
  to?: string;
  /** Embeds: where the details go; without it, beside the stage in wide frames and behind a button in narrow ones. */
  details?: DetailsPlacement;
}

// Each field falls back to its default on anything it does not understand (zod's catch, as TanStack Router's
// examples parse search params), so a hand-edited or mangled URL always shows a sensible page, never an error.
const optionalText = z.catch(z.optional(z.pipe(z.string(), z.transform((v) => (v.trim() === '' ? undefined : v)))), undefined);
const flag = z.catch(z.optional(z.pipe(z.union([z.literal('1'), z.literal('true')]), z.transform(() => '1' as const))), undefined);
const searchSchema = z.object({
  step: optionalText,
  path: optionalText,
  view: z.catch(z.optional(z.literal('sequence')), undefined),
  embed: flag,
  present: flag,
  loop: flag,
  speaker: flag,
  tour: optionalText,
  from: optionalText,
  to: optionalText,
  details: z.catch(z.optional(z.enum(DETAILS_PLACEMENTS)), undefined),
});

/**
 * Every field is returned, defaults as undefined: TanStack Router spreads the validated search over the raw one, so a
 * field left out would let the raw value (`embed=0`, `from=`) through. Undefined fields never reach a URL.
 */
export function parseExplorerSearch(search: Record<string, unknown>): ExplorerSearch {
  const { step, path, view, embed, present, loop, speaker, tour, from, to, details } = searchSchema.parse(search);
  return { step, path, view, embed, present, loop, speaker, tour, from, to, details };
}

const ORDER = ['step', 'path', 'view', 'embed', 'present', 'loop', 'speaker', 'tour', 'from', 'to', 'details'] as const;

/** The query string of a flow page, in a stable order. */
export function explorerQuery(search: ExplorerSearch): string {
  const params = new URLSearchParams();
  for (const key of ORDER) if (search[key]) params.set(key, search[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}
