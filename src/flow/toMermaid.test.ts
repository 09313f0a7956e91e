import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { testFlow, testParticipant, testStep } from '../testing/factories.ts';
import type { Flow } from './schema.ts';
import { mermaidId, toMermaid } from './toMermaid.ts';

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
});
