import { describe, expect, it } from 'vitest';
import { testFlow, testParticipant, testStep } from '../testing/factories.ts';
import { participantOrder, type LayoutVariant } from './layout.ts';
import { layoutFlow } from './layoutFlow.ts';
import { toCanvas } from './toCanvas.ts';
import { pathOf, pathView } from './branches.ts';
import { flowSchema } from './schema.ts';

const wide = async (flow = testFlow()): Promise<LayoutVariant> => (await layoutFlow(flow)).wide;

describe('toCanvas', () => {
  it('makes one node per participant, at its place in the layout and with its size', async () => {
    const flow = testFlow();
    const layout = await wide(flow);
    expect(participantOrder(flow)).toEqual(['user', 'api', 'db']);
    const { nodes } = toCanvas(flow, layout, 0);
    for (const node of nodes) {
      const box = layout.nodes[node.id];
      expect(node.position).toEqual({ x: box.x, y: box.y });
      expect([node.data.width, node.data.height]).toEqual([box.width, box.height]);
    }
  });

  it('highlights sender and receiver of the current step', async () => {
    const { nodes } = toCanvas(testFlow(), await wide(), 2); // api → db
    expect(Object.fromEntries(nodes.map((n) => [n.id, n.data.role]))).toEqual({ user: 'idle', api: 'sender', db: 'receiver' });
  });

  it('marks the participant of a self step, with no current edge', async () => {
    const { nodes, edges } = toCanvas(testFlow(), await wide(), 1); // api validates
    expect(nodes.find((n) => n.id === 'api')!.data.role).toBe('self');
    expect(edges.some((e) => e.data.status === 'current')).toBe(false);
  });

  it('makes one edge per pair of participants, whichever direction the messages go', async () => {
    const { edges } = toCanvas(testFlow(), await wide(), 0);
    expect(edges.map((e) => e.id).sort()).toEqual(['api--db', 'user--api']);
    expect(edges.find((e) => e.id === 'user--api')!.data.stepNumbers).toEqual([1, 4]);
  });

  it('puts an arrowhead at every end a message arrives at', async () => {
    const { edges } = toCanvas(testFlow(), await wide(), 0);
    expect(edges.find((e) => e.id === 'user--api')!.data.arrives).toEqual({ atTarget: true, atSource: true }); // request and reply
    expect(edges.find((e) => e.id === 'api--db')!.data.arrives).toEqual({ atTarget: true, atSource: false });
  });

  it('counts an edge as done only when every step on it is done', async () => {
    const layout = await wide();
    const byId = (index: number) => Object.fromEntries(toCanvas(testFlow(), layout, index).edges.map((e) => [e.id, e.data]));
    expect(byId(2)['api--db'].status).toBe('current');
    expect(byId(2)['api--db'].current).toMatchObject({ number: 3, label: 'Label of write-row', reverse: false });
    // Step 1 on user--api is done, its reply (step 4) is still to come.
    expect(byId(2)['user--api'].status).toBe('upcoming');
    expect(byId(0)['api--db'].status).toBe('upcoming');
    expect(byId(3)['api--db'].status).toBe('done');
  });

  it('sends a reply the other way along the same edge', async () => {
    const { edges } = toCanvas(testFlow(), await wide(), 3); // api → user, on the user--api edge
    expect(edges.find((e) => e.id === 'user--api')!.data.current).toMatchObject({ number: 4, kind: 'response', reverse: true });
  });

  it('keeps the identity of every node and edge a step change does not touch', async () => {
    const flow = testFlow({
      participants: [...testFlow().participants, testParticipant('cache', { kind: 'cache' })],
      steps: [...testFlow().steps, testStep('warm-cache', 'api', 'cache'), testStep('read-cache', 'api', 'cache', { kind: 'response' })],
    });
    const layout = await wide(flow);
    const first = toCanvas(flow, layout, 4); // api → cache
    const second = toCanvas(flow, layout, 5, first); // cache → api, still api and cache involved
    const node = (m: typeof first, id: string) => m.nodes.find((n) => n.id === id)!;
    const edge = (m: typeof first, id: string) => m.edges.find((e) => e.id === id)!;
    expect(node(second, 'user')).toBe(node(first, 'user'));
    expect(node(second, 'db')).toBe(node(first, 'db'));
    expect(edge(second, 'user--api')).toBe(edge(first, 'user--api'));
    expect(edge(second, 'api--db')).toBe(edge(first, 'api--db'));
    // What changed is new: the cache edge now carries step 6.
    expect(edge(second, 'api--cache')).not.toBe(edge(first, 'api--cache'));
    expect(edge(second, 'api--cache').data.current?.number).toBe(6);
  });

  it('is a pure function: same input, equal output, input untouched', async () => {
    const flow = testFlow();
    const layout = await wide(flow);
    const copy = structuredClone(flow);
    expect(toCanvas(flow, layout, 1)).toEqual(toCanvas(flow, layout, 1));
    expect(flow).toEqual(copy);
  });
});

describe('canvas of a flow with forks', () => {
  it('numbers edges by the chosen path and marks an edge only other outcomes use as "other"', () => {
    const whole = flowSchema.parse({
      ...testFlow(),
      participants: [testParticipant('user'), testParticipant('api'), testParticipant('db')],
      steps: [testStep('send', 'user', 'api'), { kind: 'alt', id: 'result', label: 'Result', outcomes: [{ id: 'ok', label: 'OK', steps: [testStep('store', 'api', 'db')] }, { id: 'fail', label: 'Fails', steps: [testStep('reject', 'api', 'user', { kind: 'response' })] }] }],
    });
    const layout = { width: 100, height: 100, nodes: {}, edges: { 'user--api': { points: [], pill: { x: 0, y: 0, width: 1, height: 1 } }, 'api--db': { points: [], pill: { x: 0, y: 0, width: 1, height: 1 } } } };
    const ok = toCanvas(pathView(whole, pathOf(whole, {})), layout as never, 0);
    expect(ok.edges.map((e) => [e.id, e.data.stepNumbers, e.data.status])).toEqual([['user--api', [1], 'current'], ['api--db', [2], 'upcoming']]);
    const fail = toCanvas(pathView(whole, pathOf(whole, { result: 1 })), layout as never, 1);
    expect(fail.edges.map((e) => [e.id, e.data.stepNumbers, e.data.status])).toEqual([['user--api', [1, 2], 'current'], ['api--db', [], 'other']]);
  });
});
