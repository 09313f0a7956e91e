import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { testFlow, testParticipant, testStep } from '../testing/factories.ts';
import { flowSchema, type Flow } from './schema.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { KEYWORDS, mermaidId, toMermaid } from './toMermaid.ts';

interface SequenceDb {
  getActors(): Map<string, { name: string; description: string }>;
  getMessages(): { from?: string; to?: string; message: string; type: number }[];
}

/** Mermaid's own parser: what it reads back from our text. */
async function parse(text: string): Promise<SequenceDb> {
  await mermaid.parse(text, { suppressErrors: false });
  const diagram = await (mermaid as unknown as { mermaidAPI: { getDiagramFromText(t: string): Promise<{ db: SequenceDb }> } }).mermaidAPI.getDiagramFromText(text);
  return diagram.db;
}

/**
 * What Mermaid shows for a label. Its parser keeps entity codes as placeholders (`#59;` → `ﬂ°°59¶ß`) that its
 * renderer decodes, and it draws `<br/>` as a line break.
 */
function shown(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/<br\/>/g, '\n');
}

/** The words the installed Mermaid's sequence lexer matches as keywords, read from its rules. */
function grammarWords(): string[] {
  const dir = 'node_modules/mermaid/dist/chunks/mermaid.core';
  const lexer = readdirSync(dir).find((f) => /^sequenceDiagram-.*\.mjs$/.test(f))!;
  const source = readFileSync(`${dir}/${lexer}`, 'utf8');
  const rules = source.slice(source.indexOf('rules:'), source.indexOf('rules:') + 12000);
  return [...new Set([...rules.matchAll(/\^\(\?:([a-zA-Z_]+)/g)].map((m) => m[1].toLowerCase()))];
}

const MESSAGE_TYPES = { request: 0, response: 1, async: 24, self: 0 };

beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));

describe('toMermaid', () => {
  it('writes participants in order, autonumbered messages and arrows by kind', () => {
    const flow = testFlow({ steps: [...testFlow().steps, testStep('notify', 'api', 'user', { kind: 'async' })] });
    expect(toMermaid(flow)).toBe(
      [
        'sequenceDiagram',
        '  autonumber',
        '  actor user as User',
        '  participant api as Api',
        '  participant db as Db',
        '  user->>api: Label of send-request',
        '  api->>api: Label of validate',
        '  api->>db: Label of write-row',
        '  api-->>user: Label of reply',
        '  api-)user: Label of notify',
        '',
      ].join('\n'),
    );
  });

  it('keeps participant ids out of the grammar\'s way', () => {
    expect(mermaidId('kubernetes-api')).toBe('kubernetes_api');
    expect(mermaidId('end')).toBe('end_');
    expect(mermaidId('loop')).toBe('loop_');
  });

  it('knows every keyword of the installed Mermaid\'s sequence grammar', () => {
    const words = grammarWords();
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((w) => !KEYWORDS.has(w))).toEqual([]);
  });

  it('draws any valid set of participant ids, keywords and keyword-like ids included', async () => {
    // Fragments from Mermaid's own grammar, not from our list, so a keyword we missed is generated too.
    const fragment = fc.constantFrom(...grammarWords(), 'x', 'a1', 'api', '2');
    const slug = fc.array(fragment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('-').toLowerCase().replace(/_/g, '-'));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(slug, { minLength: 2, maxLength: 5 }), fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { minLength: 1, maxLength: 6 }), async (ids, pairs) => {
        const flow = testFlow({
          participants: ids.map((id) => testParticipant(id)),
          steps: pairs.map(([a, b], i) => {
            const from = ids[a % ids.length];
            const to = ids[b % ids.length];
            return testStep(`s${i}`, from, to);
          }),
        });
        const db = await parse(toMermaid(flow));
        expect([...db.getActors().values()].map((a) => a.name)).toEqual(ids.map(mermaidId));
        expect(db.getMessages().filter((m) => m.from !== undefined)).toHaveLength(flow.steps.length);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('yields a diagram Mermaid parses back to the same participants and messages, whatever the labels', async () => {
    const label = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.constantFrom('a; b', '#1;', '%% comment', '--> x', '->> y', 'a: b', '<script>x</script>', 'line\nbreak', 'end', 'note over x', '"quoted"', '日本語 ✓', 'Ünïcödé', 'a,b', '{x}'),
      fc.array(fc.constantFrom(';', '#', ':', '<', '>', '%', '-', '\n', '"', ' ', 'a', 'é', '字', '&', '|', '(', ')', '[', ']', '`', '\\', ','), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
    ).filter((s) => s.trim().length > 0);
    const kinds = fc.constantFrom('request', 'response', 'async', 'self') as fc.Arbitrary<Flow['steps'][number]['kind']>;
    const ids = ['user', 'api', 'end', 'kubernetes-api'];

    await fc.assert(
      fc.asyncProperty(fc.array(label, { minLength: 4, maxLength: 4 }), fc.array(fc.tuple(label, kinds, fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 6 }), async (labels, steps) => {
        const flow: Flow = testFlow({
          participants: ids.map((id, i) => testParticipant(id, { label: labels[i].trim() || id, kind: i === 0 ? 'actor' : 'service' })),
          steps: steps.map(([text, kind, a, b], i) => {
            const from = ids[a];
            const to = kind === 'self' ? from : ids[a === b ? (b + 1) % 4 : b];
            return testStep(`s${i}`, from, to, { kind, label: text.trim() || 'x' });
          }),
        });
        const db = await parse(toMermaid(flow));
        const actors = [...db.getActors().values()];
        expect(actors.map((a) => a.name)).toEqual(ids.map(mermaidId));
        expect(actors.map((a) => shown(a.description))).toEqual(flow.participants.map((p) => p.label.replace(/\r\n|\r/g, '\n').trim()));
        const messages = db.getMessages().filter((m) => m.from !== undefined);
        expect(messages.map((m) => [m.from, m.to, m.type])).toEqual(flow.steps.map((s) => [mermaidId(s.from), mermaidId(s.to), MESSAGE_TYPES[s.kind]]));
        expect(messages.map((m) => shown(m.message))).toEqual(flow.steps.map((s) => s.label.replace(/\r\n|\r/g, '\n').trim()));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('writes forks and loops as Mermaid blocks that its parser reads back, whatever their labels and nesting', async () => {
    const label = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('end', 'else x', 'a; b', '#1;', '%% c', 'loop', 'alt', 'x: y', 'line\nbreak', '<b>', '"q"')).filter((t) => t.trim().length > 0);
    let n = 0;
    const step = fc.constant(null).map(() => testStep(`s${n++}`, 'api', 'db'));
    const { items } = fc.letrec<{ items: unknown[]; item: unknown }>((tie) => ({
      items: fc.array(tie('item'), { minLength: 1, maxLength: 3 }),
      item: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        step,
        fc.record({ kind: fc.constant('loop'), label, steps: tie('items') }),
        fc.record({ kind: fc.constant('opt'), id: fc.constant(null).map(() => `o${n++}`), label, steps: tie('items') }),
        fc.record({ kind: fc.constant('alt'), id: fc.constant(null).map(() => `a${n++}`), label, outcomes: fc.array(fc.record({ id: fc.constant(null).map(() => `b${n++}`), label, ends: fc.boolean(), steps: tie('items') }), { minLength: 2, maxLength: 3 }) }),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(items, async (steps) => {
        const flow = flowSchema.parse({ ...testFlow(), participants: [testParticipant('api'), testParticipant('db')], steps });
        const text = toMermaid(flow);
        const db = await parse(text);
        const messages = db.getMessages();
        expect(messages.filter((m) => m.from !== undefined).map((m) => shown(m.message))).toEqual(flow.steps.map((s) => s.label));
        // Every block opened is closed: as many `end`s as blocks, in Mermaid's own reading.
        const opened = messages.filter((m) => [10, 12, 15].includes(m.type)).length;
        const closed = messages.filter((m) => [11, 14, 16].includes(m.type)).length;
        expect(opened).toBe(closed);
        expect(opened).toBe((text.match(/^\s*(alt|opt|loop) /gm) ?? []).length);
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
