import type { System } from './schema.ts';

/**
 * Flows in reading order: system by system as systems.json lists them, each system's flows in its `flows` order
 * (the documents' order), then any others by title.
 */
export function orderFlows<T extends { id: string; system: string; title: string }>(systems: readonly System[], flows: readonly T[]): T[] {
  const systemRank = new Map(systems.map((s, i) => [s.id, i]));
  const flowRank = new Map(systems.flatMap((s) => (s.flows ?? []).map((id, i) => [id, i] as const)));
  const rank = (f: T) => [systemRank.get(f.system) ?? Infinity, flowRank.get(f.id) ?? Infinity] as const;
  return [...flows].sort((a, b) => {
    const [sa, fa] = rank(a);
    const [sb, fb] = rank(b);
    return sa - sb || fa - fb || a.title.localeCompare(b.title);
  });
}
