import { notFound } from '@tanstack/react-router';
import { systems } from 'virtual:flows';
import type { IndexKind } from '../app/urls';

/** The index, downloaded by the index pages only. */
export const loadIndex = () => import('virtual:index').then((m) => m.index);

/** `?system=<id>` of an index page: a known system, or none (all systems). */
export function parseIndexSearch(search: Record<string, unknown>): { system?: string } {
  const system = typeof search.system === 'string' && systems.some((s) => s.id === search.system) ? search.system : undefined;
  return { system };
}

/** One entry by system and id, or the not-found page. */
export async function loadEntry(kind: IndexKind, params: { system: string; entry: string }) {
  const index = await loadIndex();
  const entry = (index[kind] as Array<{ system: string; id: string }>).find((e) => e.system === params.system && e.id === params.entry);
  if (!entry) throw notFound();
  return entry as (typeof index)[typeof kind][number];
}
