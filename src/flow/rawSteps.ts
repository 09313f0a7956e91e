import { quote } from './problems.ts';

type Raw = Record<string, unknown>;
const record = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const BLOCK_KINDS = new Set(['alt', 'opt', 'loop']);
const STEP_KINDS = new Set(['request', 'response', 'async', 'self']);

export interface RawStep { value: Raw; at: string }
export interface RawBlock { value: Raw; at: string; kind: string; depth: number }

/** Blocks inside blocks deeper than this would be more than a reader can follow in a step list. */
export const MAX_BLOCK_DEPTH = 3;

/**
 * Every step and block of a flow file's raw JSON, in file order, with its JSON path: steps inside alt outcomes, opt
 * parts and loops included. Reads defensively, so a file with schema errors still gets its other checks.
 */
export function rawItems(steps: unknown): { steps: RawStep[]; blocks: RawBlock[] } {
  const out = { steps: [] as RawStep[], blocks: [] as RawBlock[] };
  const walk = (items: unknown, at: string, depth: number) => {
    list(items).forEach((value, i) => {
      const item = record(value);
      if (!item) return;
      const place = `${at}[${i}]`;
      // A misspelt block kind still has its steps looked at, so one typo does not hide their own problems.
      const blockLike = !STEP_KINDS.has(item.kind as string) && (Array.isArray(item.steps) || Array.isArray(item.outcomes));
      const kind = typeof item.kind === 'string' && BLOCK_KINDS.has(item.kind) ? item.kind : blockLike ? (Array.isArray(item.outcomes) ? 'alt' : 'loop') : undefined;
      if (!kind) {
        out.steps.push({ value: item, at: place });
        return;
      }
      out.blocks.push({ value: item, at: place, kind, depth: depth + 1 });
      if (kind === 'alt') list(item.outcomes).forEach((o, j) => walk(record(o)?.steps, `${place}.outcomes[${j}].steps`, depth + 1));
      else walk(item.steps, `${place}.steps`, depth + 1);
    });
  };
  walk(steps, '$.steps', 0);
  return out;
}

/**
 * The rules of blocks beyond the schema: fork and outcome ids unique in the flow (a link's `&path=` names outcomes by
 * id), blocks nested no deeper than MAX_BLOCK_DEPTH, and no step that no path can reach.
 */
export function checkBlocks(steps: unknown, report: (place: string, message: string) => void) {
  const { blocks } = rawItems(steps);
  const tokens = new Map<string, string>();
  const claim = (token: unknown, place: string, what: string) => {
    if (typeof token !== 'string') return;
    const first = tokens.get(token);
    if (first !== undefined) report(place, `duplicate ${what} ${quote(token)} (first at ${first}); outcome and fork ids must be unique in a flow`);
    else tokens.set(token, place);
  };
  for (const block of blocks) {
    if (block.depth > MAX_BLOCK_DEPTH) report(block.at, `blocks nested ${block.depth} deep: at most ${MAX_BLOCK_DEPTH} (a block inside a block inside a block) stay readable; split the flow`);
    if (block.kind === 'alt') {
      claim(block.value.id, `${block.at}.id`, 'fork id');
      list(block.value.outcomes).forEach((o, j) => claim(record(o)?.id, `${block.at}.outcomes[${j}].id`, 'outcome id'));
    }
    if (block.kind === 'opt') {
      claim(block.value.id, `${block.at}.id`, 'optional part id');
      if (typeof block.value.id === 'string') claim(`skip-${block.value.id}`, `${block.at}.id`, 'outcome id');
    }
  }
  // After a fork whose every outcome ends the flow, nothing more can happen on any path.
  const unreachable = (items: unknown, at: string) => {
    const arr = list(items);
    arr.forEach((value, i) => {
      const item = record(value);
      if (!item) return;
      const outcomes = list(item.outcomes);
      if (item.kind === 'alt') {
        outcomes.forEach((o, j) => unreachable(record(o)?.steps, `${at}[${i}].outcomes[${j}].steps`));
        if (outcomes.length > 0 && outcomes.every((o) => record(o)?.ends === true) && i < arr.length - 1) {
          report(`${at}[${i + 1}]`, `no path reaches this: every outcome of fork ${quote(String(item.id))} (${at}[${i}]) ends the flow; remove "ends" from one of them or move these steps into an outcome`);
        }
      } else if (item.kind === 'opt' || item.kind === 'loop') unreachable(item.steps, `${at}[${i}].steps`);
    });
  };
  unreachable(steps, '$.steps');
}
