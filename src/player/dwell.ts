import type { Step } from '../flow/schema';

/** How long things take at 1×: the message travels and the camera eases in about a second. */
export const TRAVEL_MS = 1000;
export const CAMERA_MS = 1000;
/** How the camera and the travelling message ease: a cubic ease-in-out, as a CSS timing function. */
export const EASE_IN_OUT = 'cubic-bezier(0.65, 0, 0.35, 1)';

/**
 * Words a minute a reader takes in from a shared screen. Silent reading of prose runs near 240; technical text with
 * paths, table names and state names, read while someone talks, runs well below.
 */
export const READING_WPM = 160;
/** Even a one-word step is on screen long enough to see the message arrive and read its name. */
export const MIN_DWELL_MS = 3000;
/** A step with a very long description still moves on: the reader can pause at any time. */
export const MAX_DWELL_MS = 60_000;

const WORD = /[\p{L}\p{N}]+(?:['’.\-_/:{}][\p{L}\p{N}]+)*/gu;
const countWords = (text: string | undefined) => (text ? (text.match(WORD)?.length ?? 0) : 0);
// A Markdown link is read as its text, not its address.
const readable = (markdown: string) => markdown.replace(/\]\([^)]*\)/g, ']');

/** Words the step puts on screen: its caption, description, endpoint, tables and state changes (the details panel). */
export function wordsShown(step: Step): number {
  let words = countWords(step.label) + countWords(step.description && readable(step.description));
  if (step.endpoint) words += 1 + countWords(step.endpoint.path) + countWords(step.endpoint.auth);
  for (const table of step.tables ?? []) words += 1 + countWords(table.name) + countWords(table.store) + (table.columns?.length ?? 0);
  for (const change of step.state ?? []) words += 1 + countWords(change.entity) + countWords(change.field) + countWords(change.from ?? undefined) + countWords(change.to);
  for (const link of step.links ?? []) words += countWords(link.label) || 2;
  return words;
}

/**
 * How long autoplay stays on a step at 1×: the step's own `durationMs`, or the message's travel plus the time to
 * read what the step shows, within bounds, to the nearest tenth of a second. Speed divides it.
 */
export function stepDwellMs(step: Step): number {
  if (step.durationMs !== undefined) return step.durationMs;
  const reading = (wordsShown(step) / READING_WPM) * 60_000;
  return Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, Math.round((TRAVEL_MS + reading) / 100) * 100));
}
