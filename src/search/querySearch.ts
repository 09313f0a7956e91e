import MiniSearch, { type SearchOptions } from 'minisearch';
import { INDEX_OPTIONS, normaliseKey, SEARCH_KINDS, type SearchEntry, type SearchKind, type SearchTarget } from './searchIndex.ts';

/** A loaded index, ready for queries. */
export type SearchIndex = MiniSearch;

export function loadSearchIndex(json: ReturnType<MiniSearch['toJSON']>): SearchIndex {
  return MiniSearch.loadJS(json, INDEX_OPTIONS);
}

/** One result: a document at one of its targets (an endpoint's result per step that calls it). */
export interface RankedHit extends SearchTarget {
  /** Unique in the results: a stable key and element id. */
  key: string;
  kind: SearchKind;
  title: string;
  detail?: string;
  /** For endpoints and tables, 3: the query is it; 2: its path or name begins with the query; 1: contains it; else 0. */
  tier: number;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: RankedHit[];
  /** Matches beyond the ones shown. */
  more: number;
}

const OPTIONS: SearchOptions = {
  boost: { title: 4, keys: 3, where: 1, text: 0.5 },
  // Words of two letters or more match as prefixes ("deploy obj"), longer ones tolerate a typo or two ("deplyoment").
  prefix: (term) => term.length >= 2,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  // "deploy obj" puts deployment_objects before rendered_deployment_objects: a title that starts with a query word.
  boostDocument: (_id, term, stored) => (typeof stored?.title === 'string' && stored.title.toLowerCase().startsWith(term) ? 1.5 : 1),
};

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Where the query's words begin consecutive words of the name ("deploy obj" in deployment_objects: 0), or -1. */
function wordsAt(name: string, query: string[]): number {
  const own = words(name);
  for (let i = 0; i + query.length <= own.length; i++) if (query.every((q, j) => own[i + j].startsWith(q))) return i;
  return -1;
}

/** How an endpoint or table matches beyond relevance: 3 it is the query, 2 it begins with it, 1 it contains it. */
function tierOf(exact: string[] | undefined, query: string, key: string, queryWords: string[]): number {
  if (!exact) return 0;
  if (exact.includes(query) || exact.includes(key)) return 3;
  if (query.length < 3) return 0;
  let tier = 0;
  for (const e of exact) {
    const at = Math.min(...[e.indexOf(query), key.length >= 3 ? e.indexOf(key) : -1].filter((i) => i >= 0), Infinity);
    const word = wordsAt(e, queryWords);
    if (at === 0 || word === 0) return 2;
    if (at !== Infinity || word > 0) tier = 1;
  }
  return tier;
}

/**
 * Results grouped by kind: exact endpoint and table matches first, then by MiniSearch's relevance. Every word must
 * match (a flow about "deploy" and "objects", not one or the other); when no document has all of them, any will do.
 * One pass over MiniSearch's results (already by score), keeping only what is shown: a short query on a large corpus
 * matches tens of thousands of documents.
 */
export function querySearch(index: SearchIndex, query: string, perGroup = 6): SearchGroup[] {
  const text = query.trim();
  if (!text) return [];
  // A word of one or two letters, typed on the way to a longer one, would match half of all prose as a prefix: it
  // looks in names and ids only until it is longer.
  const short = words(text).some((w) => w.length < 3);
  const options: SearchOptions = short ? { ...OPTIONS, fields: ['title', 'keys'] } : OPTIONS;
  let results = index.search(text, { ...options, combineWith: 'AND' });
  if (results.length === 0 && /\s/.test(text)) results = index.search(text, { ...options, combineWith: 'OR' });
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const key = normaliseKey(text);
  const queryWords = words(lower);
  // Per kind, the shown hits of each tier (best tier first) and how many targets matched in all.
  const buckets = new Map<SearchKind, { tiers: RankedHit[][]; count: number }>();
  for (const result of results) {
    const entry = result as unknown as SearchEntry & { id: number };
    let bucket = buckets.get(entry.kind);
    if (!bucket) buckets.set(entry.kind, (bucket = { tiers: [[], [], [], []], count: 0 }));
    bucket.count += entry.at.length;
    const tier = tierOf(entry.exact, lower, key, queryWords);
    const shown = bucket.tiers[3 - tier];
    for (let i = 0; i < entry.at.length && shown.length < perGroup; i++) {
      shown.push({ ...entry.at[i], key: `${entry.id}.${i}`, kind: entry.kind, title: entry.title, ...(entry.at[i].detail ?? entry.detail ? { detail: entry.at[i].detail ?? entry.detail } : {}), tier, score: result.score });
    }
  }
  const groups = [...buckets].map(([kind, { tiers, count }]) => {
    const hits = tiers.flat().slice(0, perGroup);
    return { kind, hits, more: count - hits.length };
  });
  // Groups in the order of their best hit; the default order breaks ties.
  return groups.sort((a, b) => b.hits[0].tier - a.hits[0].tier || b.hits[0].score - a.hits[0].score || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
}
