import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYSTEMS_FILE, testFlow } from '../testing/factories.ts';
import { decodeText } from './decodeText.ts';
import { layoutFlow } from './layoutFlow.ts';
import { formatProblem } from './problems.ts';
import type { Flow } from './schema.ts';
import { stepGeometry } from './stepGeometry.ts';
import { toCanvas } from './toCanvas.ts';
import { validateFlowSources, type SourceFile } from './validate.ts';

const FILE = 'flows/test-flow.json';
// `file: place: message` on one line; the place is a JSON path or a line and column.
const LINE = /^flows\/test-flow\.json: (\$[^\n]*|line \d+, column \d+): [^\n]+$/;
const NEVER = ['undefined', '[object Object]', 'NaN'];

/** Every problem line has the documented form and says nothing the file does not (no "undefined"). */
function checkLines(source: SourceFile) {
  const lines = validateFlowSources([source], SYSTEMS_FILE).problems.map(formatProblem);
  for (const line of lines) {
    expect(line).toMatch(LINE);
    for (const word of NEVER) if (!source.text.includes(word)) expect(line).not.toContain(word);
  }
  return lines;
}

const valid = JSON.parse(JSON.stringify(testFlow())) as Record<string, unknown>;

/** Every path into a JSON value, so a mutation can land anywhere in a flow. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}
const PATHS = paths(valid).filter((p) => p.length > 0);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    // An earlier mutation replaced this branch: nothing left to reach here.
    if (!next || typeof next !== 'object') return copy;
    node = next as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

// Hundreds of generated files: a correctness property, not a timing.
describe('any flow file gives problem lines, never a crash', { timeout: 60_000 }, () => {
  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      checkLines({ file: FILE, text: JSON.stringify(value) ?? 'null' });
    }), { numRuns: 300 });
  });

  it('a valid flow with values replaced anywhere, by anything', () => {
    const mutation = fc.tuple(fc.constantFrom(...PATHS), fc.oneof(fc.jsonValue(), fc.string(), fc.constantFrom(null, '', 'constructor', '__proto__', 'toString', 1e308, -0, [], {})));
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      let flow: unknown = valid;
      for (const [path, value] of mutations) flow = setAt(flow, path, value);
      checkLines({ file: FILE, text: JSON.stringify(flow) });
    }), { numRuns: 400 });
  });

  it('any text, and any bytes read the way flows/ is read', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      checkLines({ file: FILE, text });
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const decoded = decodeText(bytes);
      const lines = checkLines(decoded.ok ? { file: FILE, text: decoded.text } : { file: FILE, text: '', unreadable: { place: decoded.place, message: decoded.message } });
      expect(lines.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });

  it('ids and labels of 100,000 characters', () => {
    const long = 'a'.repeat(100_000);
    const flow = testFlow();
    const text = JSON.stringify({ ...flow, steps: flow.steps.map((s, i) => (i === 0 ? { ...s, from: long, label: long } : s)), participants: [...flow.participants, { id: `${long}b`, label: long, kind: 'service' }] });
    const lines = checkLines({ file: FILE, text });
    expect(lines.some((line) => line.includes('no participant "aaaa'))).toBe(true);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
  });
});

/** Valid flows of every shape: participants with slug ids, steps between them (a self step when both are one). */
const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}$/);
const label = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const validFlow: fc.Arbitrary<Flow> = fc
  .uniqueArray(slug, { minLength: 1, maxLength: 9 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(label, { minLength: ids.length, maxLength: ids.length }), fc.array(fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1), label, fc.constantFrom('request', 'response', 'async')), { minLength: 1, maxLength: 25 })))
  .map(([ids, labels, steps]) => {
    const used = new Set(steps.flatMap(([a, b]) => [ids[a], ids[b]]));
    return testFlow({
      participants: ids.filter((id) => used.has(id)).map((id, i) => ({ id, label: labels[i], kind: 'service' as const })),
      steps: steps.map(([a, b, text, kind], i) => ({ id: `s${i}`, from: ids[a], to: ids[b], label: text, kind: a === b ? ('self' as const) : kind })),
    });
  });

describe('any valid flow draws', () => {
  it('lays out, converts to the canvas and frames every step without throwing', async () => {
    await fc.assert(fc.asyncProperty(validFlow, async (flow) => {
      expect(validateFlowSources([{ file: FILE, text: JSON.stringify(flow) }], SYSTEMS_FILE).problems).toEqual([]);
      const layout = await layoutFlow(flow);
      for (const variant of [layout.wide, layout.tall]) {
        let model = toCanvas(flow, variant, 0);
        for (let i = 0; i < flow.steps.length; i++) {
          model = toCanvas(flow, variant, i, model);
          expect(model.nodes).toHaveLength(flow.participants.length);
          const geometry = stepGeometry(flow, variant, i);
          expect(geometry.participants.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
        }
      }
    }), { numRuns: 60 });
  }, 60_000);
});
