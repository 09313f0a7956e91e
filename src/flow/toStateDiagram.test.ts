// @vitest-environment jsdom
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { toStateDiagram } from './toStateDiagram.ts';

const ref = { flowId: 'f', flowTitle: 'F', stepId: 's', stepLabel: 'S', number: 1, from: 'A', to: 'B' };

beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));

describe('toStateDiagram', () => {
  it('declares states by generated id with their names as labels, creation from [*], and counts shared transitions', () => {
    const text = toStateDiagram({
      states: ['pending', 'end', 'a: b'],
      transitions: [{ from: null, to: 'pending', steps: [ref] }, { from: 'pending', to: 'end', steps: [ref, { ...ref, stepId: 't' }] }, { from: 'end', to: 'a: b', steps: [ref] }],
    });
    expect(text).toBe(['stateDiagram-v2', '  state "pending" as s0', '  state "end" as s1', '  state "a#58; b" as s2', '  [*] --> s0', '  s0 --> s1 : 2 steps', '  s1 --> s2', ''].join('\n'));
  });

  it('is a diagram Mermaid parses, whatever the state names', async () => {
    const names = ['end', 'state', '[*]', '"quoted"', 'a --> b', '%% c', 'x;y', '日本'];
    const text = toStateDiagram({ states: names, transitions: names.slice(1).map((to, i) => ({ from: names[i], to, steps: [ref] })) });
    await expect(mermaid.parse(text, { suppressErrors: false })).resolves.toBeTruthy();
  });
});
