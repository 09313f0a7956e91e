import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Flow } from '../src/flow/schema';

const KINDS = ['actor', 'frontend', 'service', 'worker', 'database', 'cache', 'queue', 'external'] as const;
const STEP_KINDS = ['request', 'response', 'async'] as const;

/** A small deterministic generator (mulberry32): the same corpus on every run and every machine. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A flow shaped like the real ones: named participants, requests with endpoints, tables and state changes. */
export function generateFlow(id: string, system: string, participants: number, steps: number, seed: number): Flow {
  const rnd = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(rnd() * items.length)];
  const people = Array.from({ length: participants }, (_, i) => ({
    id: `p${i + 1}`,
    label: `${pick(['Portal', 'Broker', 'Agent', 'Worker', 'Gateway', 'Scheduler', 'Store', 'Queue'])} ${i + 1}`,
    kind: KINDS[i % KINDS.length],
    tech: pick(['Rust', 'Go', 'FastAPI', 'PostgreSQL', 'Redis', 'React']),
  }));
  return {
    id,
    system,
    title: `Generated flow ${id}`,
    summary: `A generated flow with ${participants} participants and ${steps} steps, for the benchmark.`,
    source: { document: 'Benchmark corpus', section: id },
    participants: people,
    steps: Array.from({ length: steps }, (_, i) => {
      const from = Math.floor(rnd() * participants);
      // Mostly neighbours, as real flows are, with some long messages across the canvas.
      const to = rnd() < 0.7 ? (from + 1 + Math.floor(rnd() * 2)) % participants : Math.floor(rnd() * participants);
      const self = to === from;
      return {
        id: `step-${i + 1}`,
        from: people[from].id,
        to: people[to].id,
        kind: self ? 'self' : pick(STEP_KINDS),
        label: `${pick(['Fetch', 'Apply', 'Store', 'Publish', 'Report'])} ${pick(['target state', 'deployment objects', 'status', 'events', 'heartbeat'])} ${i + 1}`,
        description: `Step ${i + 1} sends \`${pick(['{id, status}', '{name, slug}', 'events[]'])}\` and **waits** for the answer.`,
        endpoint: rnd() < 0.6 ? { method: pick(['GET', 'POST', 'PATCH'] as const), path: `/api/v1/things/${i}`, auth: 'Bearer JWT' } : undefined,
        tables: rnd() < 0.4 ? [{ name: pick(['agents', 'deployments', 'events']), operation: pick(['read', 'insert', 'update'] as const), store: 'PostgreSQL' }] : undefined,
        state: rnd() < 0.2 ? [{ entity: 'deployment', field: 'status', from: 'pending', to: 'applied' }] : undefined,
      };
    }),
  };
}

/**
 * Writes a flows/ directory: `flows` flows of `steps` steps in ten systems, plus the extra flows given (e.g. one of 60
 * participants × 500 steps).
 */
export function writeCorpus(dir: string, flows: number, steps: number, extra: Flow[] = []): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const systems = Array.from({ length: 10 }, (_, s) => ({ id: `system-${s + 1}`, name: `System ${s + 1}`, description: `Generated system ${s + 1}.`, repository: 'https://example.org/bench', flows: [] as string[] }));
  const all: Flow[] = [...extra];
  for (let i = 0; i < flows; i++) all.push(generateFlow(`flow-${String(i + 1).padStart(4, '0')}`, `system-${(i % 10) + 1}`, 4 + (i % 6), steps, i + 1));
  for (const flow of all) {
    const system = systems.find((s) => s.id === flow.system);
    if (!system) throw new Error(`bench corpus: no system '${flow.system}' for flow '${flow.id}'`);
    system.flows.push(flow.id);
    writeFileSync(join(dir, `${flow.id}.json`), JSON.stringify(flow, null, 1));
  }
  writeFileSync(join(dir, 'systems.json'), JSON.stringify({ systems }, null, 1));
  return all.map((f) => f.id);
}
