import { describe, expect, it } from 'vitest';
import { testParticipant, testStep } from '../testing/factories.ts';
import { choicesWithStep, enclosingChoices, forkAt, forksOf, parsePath, pathOf, pathParam, pathView, sourceOf, stateAfter } from './branches.ts';
import { flowSchema, type Flow } from './schema.ts';

const step = (id: string, state?: Flow['steps'][number]['state']) => ({ ...testStep(id, 'api', 'db'), ...(state ? { state } : {}) });

/**
 * receive → alt delivery (delivered | retry [loop: wait] | dead, ends) → opt cache (fill) → reply.
 * File order: receive 0, mark-success 1, schedule-retry 2, wait 3, mark-dead 4, fill-cache 5, reply 6.
 */
const flow: Flow = flowSchema.parse({
  id: 'branchy', system: 'brokkr', title: 'T', summary: 'S', source: { document: 'D', section: 'S' },
  participants: [testParticipant('api'), testParticipant('db')],
  steps: [
    step('receive', [{ entity: 'delivery', field: 'status', from: null, to: 'pending' }]),
    {
      kind: 'alt', id: 'delivery', label: 'Delivery result',
      outcomes: [
        { id: 'delivered', label: '2xx', steps: [step('mark-success', [{ entity: 'delivery', field: 'status', from: 'pending', to: 'success' }])] },
        { id: 'retry', label: '5xx', steps: [step('schedule-retry', [{ entity: 'delivery', field: 'status', from: 'pending', to: 'failed' }]), { kind: 'loop', label: 'every 5 s', steps: [step('wait')] }] },
        { id: 'dead', label: 'max attempts', ends: true, steps: [step('mark-dead', [{ entity: 'delivery', field: 'status', from: 'pending', to: 'dead' }])] },
      ],
    },
    { kind: 'opt', id: 'cache', label: 'not cached', steps: [step('fill-cache', [{ entity: 'cache', from: null, to: 'warm' }])] },
    step('reply'),
  ],
});
const ids = (path: readonly number[]) => path.map((i) => flow.steps[i].id);

describe('flowSchema with blocks', () => {
  it('loads every step in file order, with an outline of the blocks', () => {
    expect(flow.steps.map((s) => s.id)).toEqual(['receive', 'mark-success', 'schedule-retry', 'wait', 'mark-dead', 'fill-cache', 'reply']);
    expect(flow.outline?.[0]).toBe(0);
    expect(flow.outline?.[1]).toMatchObject({ kind: 'alt', id: 'delivery', branches: [{ id: 'delivered', items: [1] }, { id: 'retry', items: [2, { kind: 'loop', label: 'every 5 s' }] }, { id: 'dead', ends: true, items: [4] }] });
  });

  it('leaves a flow without blocks as it was: no outline', () => {
    const { outline: _, ...rest } = flow;
    const plain = flowSchema.parse({ ...rest, steps: [step('a'), step('b')] });
    expect(plain).not.toHaveProperty('outline');
  });
});

describe('paths', () => {
  it('takes the first outcome at each fork and the optional part by default', () => {
    expect(ids(pathOf(flow, {}))).toEqual(['receive', 'mark-success', 'fill-cache', 'reply']);
  });

  it('follows the chosen outcomes, walks a loop once, and stops where an outcome ends the flow', () => {
    expect(ids(pathOf(flow, { delivery: 1, cache: 1 }))).toEqual(['receive', 'schedule-retry', 'wait', 'reply']);
    expect(ids(pathOf(flow, { delivery: 2 }))).toEqual(['receive', 'mark-dead']);
  });

  it('reads and writes the URL\'s path: outcome ids and skip-<opt>, defaults left out, unknown ones reported', () => {
    expect(parsePath(flow, 'retry,skip-cache,nope')).toEqual({ choices: { delivery: 1, cache: 1 }, unknown: ['nope'] });
    expect(pathParam(flow, { delivery: 1, cache: 1 })).toBe('retry,skip-cache');
    expect(pathParam(flow, { delivery: 0 })).toBeUndefined();
    // The opt lies after an outcome that ends the flow: no path reaches it, so its choice is not written.
    expect(pathParam(flow, { delivery: 2, cache: 1 })).toBe('dead');
  });

  it('puts a linked step on the path: a step inside an outcome selects that outcome', () => {
    expect(enclosingChoices(flow, 3)).toEqual({ delivery: 1 });
    expect(choicesWithStep(flow, { delivery: 2 }, 3)).toEqual({ delivery: 1 });
    const kept = { delivery: 1, cache: 1 };
    expect(choicesWithStep(flow, kept, 2)).toBe(kept);
  });

  it('names the fork a step chooses at: the one right after it, else the one it is in', () => {
    expect(forkAt(flow, 0)?.id).toBe('delivery');
    expect(forkAt(flow, 3)?.id).toBe('delivery');
    expect(forkAt(flow, 6)).toBeUndefined();
    expect(forksOf(flow).map((f) => [f.id, f.options.map((o) => o.token)])).toEqual([['delivery', ['delivered', 'retry', 'dead']], ['cache', ['cache', 'skip-cache']]]);
  });

  it('views the flow as one path shows it, the same object for the same path, and knows where it came from', () => {
    const path = pathOf(flow, { delivery: 1 });
    const view = pathView(flow, path);
    expect(view.steps.map((s) => s.id)).toEqual(['receive', 'schedule-retry', 'wait', 'fill-cache', 'reply']);
    expect(pathView(flow, [...path])).toBe(view);
    expect(sourceOf(view)).toEqual({ flow, path });
  });
});

describe('stateAfter', () => {
  it('folds the path\'s transitions up to the step, keeping the step that set each state', () => {
    const steps = pathView(flow, pathOf(flow, {})).steps;
    expect(stateAfter(steps, 0)).toEqual([{ entity: 'delivery', field: 'status', state: 'pending', from: null, stepNumber: 1, stepId: 'receive', stepLabel: 'Label of receive' }]);
    expect(stateAfter(steps, 2).map((s) => [s.entity, s.state, s.stepNumber])).toEqual([['delivery', 'success', 2], ['cache', 'warm', 3]]);
  });

  it('rewinds when stepping back and recomputes on another outcome', () => {
    const retry = pathView(flow, pathOf(flow, { delivery: 1 })).steps;
    expect(stateAfter(retry, 1).map((s) => s.state)).toEqual(['failed']);
    expect(stateAfter(retry, 0).map((s) => s.state)).toEqual(['pending']);
  });
});
