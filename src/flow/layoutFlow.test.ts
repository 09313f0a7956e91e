import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testFlow, testParticipant, testStep } from '../testing/factories.ts';
import { participantSize, type Box, type LayoutVariant } from './layout.ts';
import { layoutFlow } from './layoutFlow.ts';
import { overlapArea } from './placeLabel.ts';
import type { Flow } from './schema.ts';

const repositoryFlows: Flow[] = readdirSync('flows')
  .filter((f) => f.endsWith('.json') && f !== 'systems.json')
  .map((f) => JSON.parse(readFileSync(`flows/${f}`, 'utf8')));

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

function problemsOf(flow: Flow, variant: LayoutVariant): string[] {
  const out: string[] = [];
  const nodes = Object.entries(variant.nodes);
  const pills = Object.entries(variant.edges).map(([id, e]) => [id, e.pill] as const);
  nodes.forEach(([a, boxA], i) => nodes.slice(i + 1).forEach(([b, boxB]) => overlapArea(boxA, boxB) > 0 && out.push(`${a} overlaps ${b}`)));
  for (const [id, pill] of pills) {
    for (const [n, box] of nodes) if (overlapArea(pill, box) > 0) out.push(`pill of ${id} covers ${n}`);
    for (const [other, box] of pills) if (other < id && overlapArea(pill, box) > 0) out.push(`pill of ${id} covers pill of ${other}`);
  }
  for (const p of flow.participants) {
    const size = participantSize(p);
    if (variant.nodes[p.id].width < size.width || variant.nodes[p.id].height < size.height) out.push(`${p.id} is smaller than its text`);
  }
  return out;
}

describe('layoutFlow', () => {
  it('lays every repository flow out without overlaps, both wide and tall', async () => {
    for (const flow of repositoryFlows) {
      const layout = await layoutFlow(flow);
      expect(problemsOf(flow, layout.wide), `${flow.id} wide`).toEqual([]);
      expect(problemsOf(flow, layout.tall), `${flow.id} tall`).toEqual([]);
    }
    // Sixty flows laid out twice: a correctness test of the whole corpus, not a timing.
  }, 120_000);

  it('flows left to right when wide and top to bottom when tall', async () => {
    const flow = testFlow();
    const { wide, tall } = await layoutFlow(flow);
    expect(centre(wide.nodes.user).x).toBeLessThan(centre(wide.nodes.api).x);
    expect(centre(wide.nodes.api).x).toBeLessThan(centre(wide.nodes.db).x);
    expect(centre(tall.nodes.user).y).toBeLessThan(centre(tall.nodes.api).y);
    expect(centre(tall.nodes.api).y).toBeLessThan(centre(tall.nodes.db).y);
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(tall.height).toBeGreaterThan(tall.width);
  });

  it('uses more than one row or column for six or more participants', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    // A hub talking to everyone, as an API talks to its stores and workers.
    const flow = testFlow({ participants: ids.map((id) => testParticipant(id)), steps: ids.slice(1).map((id) => testStep(`to-${id}`, 'a', id)) });
    const { wide } = await layoutFlow(flow);
    const rows = new Set(Object.values(wide.nodes).map((b) => centre(b).y));
    const columns = new Set(Object.values(wide.nodes).map((b) => centre(b).x));
    expect(rows.size).toBeGreaterThan(2);
    expect(columns.size).toBeGreaterThanOrEqual(2);
  });

  it('keeps a message between neighbouring layers even when a chain leads the long way round', async () => {
    // a → b → c → d → e, and a → e: laid out by message direction, e would sit four layers from a.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const flow = testFlow({
      participants: ids.map((id) => testParticipant(id)),
      steps: [...ids.slice(1).map((id, i) => testStep(`s${i}`, ids[i], id)), testStep('back', 'a', 'e')],
    });
    const { tall } = await layoutFlow(flow);
    const gap = (a: string, b: string) => Math.abs(centre(tall.nodes[a]).y - centre(tall.nodes[b]).y);
    // e sits in the layer after a, as b does, not past c and d.
    expect(gap('a', 'e')).toBeLessThan(gap('a', 'c'));
    expect(gap('a', 'e')).toBeLessThan(gap('a', 'd'));
  });

  it('routes every edge from its source to its target, whichever way it was laid out', async () => {
    for (const flow of repositoryFlows.slice(0, 12)) {
      const { wide } = await layoutFlow(flow);
      for (const [id, edge] of Object.entries(wide.edges)) {
        const [source, target] = id.split('--');
        const start = edge.points[0];
        const end = edge.points[edge.points.length - 1];
        const near = (p: { x: number; y: number }, b: Box) => p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
        expect(near(start, wide.nodes[source]), `${flow.id} ${id} start`).toBe(true);
        expect(near(end, wide.nodes[target]), `${flow.id} ${id} end`).toBe(true);
      }
    }
  });

  it('is deterministic', async () => {
    const flow = repositoryFlows.find((f) => f.participants.length >= 7)!;
    expect(await layoutFlow(flow)).toEqual(await layoutFlow(structuredClone(flow)));
  });

  it('honours positions from the file, with straight edges between them', async () => {
    const base = testFlow();
    const flow = testFlow({
      participants: base.participants.map((p, i) => ({ ...p, position: { x: i * 300, y: i % 2 === 0 ? 0 : 200 } })),
    });
    const { wide, tall } = await layoutFlow(flow);
    expect(tall).toBe(wide);
    const xs = flow.participants.map((p) => wide.nodes[p.id].x);
    expect(xs[1] - xs[0]).toBe(300);
    expect(wide.nodes.api.y - wide.nodes.user.y).toBe(200);
    expect(wide.edges['user--api'].points).toHaveLength(2);
  });
});
