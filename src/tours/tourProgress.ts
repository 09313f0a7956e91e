import type { TourEntry, TourStopEntry } from 'virtual:tours';
import type { FlowProgress } from '../progress/progressStore';

/** Steps of a stop's part this reader has seen. */
export function stopSeen(stop: TourStopEntry, progress: FlowProgress | undefined): number {
  if (!progress) return 0;
  const seen = new Set(progress.seen);
  return stop.stepIds.filter((id) => seen.has(id)).length;
}

/** Steps of the whole tour seen, and its steps. */
export function tourSeen(tour: TourEntry, flows: Record<string, FlowProgress>): { seen: number; total: number } {
  let seen = 0;
  let total = 0;
  for (const stop of tour.stops) {
    seen += stopSeen(stop, flows[stop.flow]);
    total += stop.stepIds.length;
  }
  return { seen, total };
}

/** Where a flow page is in a tour: the stop showing this flow (the one whose part holds the step, if several). */
export function stopOf(tour: TourEntry, flowId: string, stepId: string): number {
  const stops = tour.stops.map((stop, i) => ({ stop, i })).filter(({ stop }) => stop.flow === flowId);
  return (stops.find(({ stop }) => stop.stepIds.includes(stepId)) ?? stops[0])?.i ?? -1;
}
