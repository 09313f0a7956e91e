import { describe, expect, it } from 'vitest';
import { testFlow, testParticipant, testStep } from '../testing/factories.ts';
import { layoutParticipants, participantOrder } from './layout.ts';
import { toCanvas } from './toCanvas.ts';

describe('toCanvas', () => {
  it('makes one node per participant, left to right in order of first appearance', () => {
    const flow = testFlow({
      participants: [testParticipant('db'), testParticipant('api'), testParticipant('user')],
      steps: [testStep('a', 'user', 'api'), testStep('b', 'api', 'db')],
    });
    expect(participantOrder(flow)).toEqual(['user', 'api', 'db']);
    const { nodes } = toCanvas(flow, 0);
    const x = Object.fromEntries(nodes.map((n) => [n.id, n.position.x]));
    expect(x.user).toBeLessThan(x.api);
    expect(x.api).toBeLessThan(x.db);
  });

  it('uses positions from the file when given', () => {
    const flow = testFlow();
    flow.participants[2] = { ...flow.participants[2], position: { x: 10, y: 400 } };
    expect(layoutParticipants(flow).get('db')).toEqual({ x: 10, y: 400 });
  });

  it('staggers long flows over two rows, keeping the left-to-right order', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const flow = testFlow({ participants: ids.map((id) => testParticipant(id)), steps: ids.slice(1).map((id, i) => testStep(`s${i}`, ids[i], id)) });
    const positions = ids.map((id) => layoutParticipants(flow).get(id)!);
    expect(new Set(positions.map((p) => p.y)).size).toBe(2);
    positions.slice(1).forEach((p, i) => expect(p.x).toBeGreaterThan(positions[i].x));
  });

  it('highlights sender and receiver of the current step', () => {
    const { nodes } = toCanvas(testFlow(), 2); // api → db
    expect(Object.fromEntries(nodes.map((n) => [n.id, n.data.role]))).toEqual({ user: 'idle', api: 'sender', db: 'receiver' });
  });

  it('shows a self step on its node, with its number and label', () => {
    const { nodes, edges } = toCanvas(testFlow(), 1); // api validates
    const api = nodes.find((n) => n.id === 'api')!;
    expect(api.data.role).toBe('self');
    expect(api.data.selfStep).toEqual({ number: 2, label: 'Label of validate' });
    expect(edges.some((e) => e.data.status === 'current')).toBe(false);
  });

  it('makes one edge per pair of participants, whichever direction the messages go', () => {
    const { edges } = toCanvas(testFlow(), 0);
    expect(edges.map((e) => e.id).sort()).toEqual(['api--db', 'user--api']);
    expect(edges.find((e) => e.id === 'user--api')!.data.stepNumbers).toEqual([1, 4]);
  });

  it('marks the current edge with the step number and label, past edges done and the rest upcoming', () => {
    const at2 = toCanvas(testFlow(), 2);
    const byId = Object.fromEntries(at2.edges.map((e) => [e.id, e.data]));
    expect(byId['api--db'].status).toBe('current');
    expect(byId['api--db'].current).toMatchObject({ number: 3, label: 'Label of write-row', reverse: false });
    expect(byId['user--api'].status).toBe('done');
    expect(toCanvas(testFlow(), 0).edges.find((e) => e.id === 'api--db')!.data.status).toBe('upcoming');
  });

  it('sends a reply the other way along the same edge', () => {
    const { edges } = toCanvas(testFlow(), 3); // api → user, on the user--api edge
    expect(edges.find((e) => e.id === 'user--api')!.data.current).toMatchObject({ number: 4, kind: 'response', reverse: true });
  });

  it('arcs an edge over participants that stand between the two ends', () => {
    const flow = testFlow({ steps: [testStep('a', 'user', 'api'), testStep('b', 'api', 'db'), testStep('c', 'db', 'user')] });
    const edge = toCanvas(flow, 0).edges.find((e) => e.id === 'user--db')!;
    expect(edge.data.lane).toBe('above');
    expect([edge.sourceHandle, edge.targetHandle]).toEqual(['top-out', 'top-in']);
    expect(toCanvas(flow, 0).edges.find((e) => e.id === 'user--api')!.data.lane).toBe('straight');
  });

  it('keeps the identity of every node and edge a step change does not touch', () => {
    const flow = testFlow({
      participants: [...testFlow().participants, testParticipant('cache', { kind: 'cache' })],
      steps: [...testFlow().steps, testStep('warm-cache', 'api', 'cache'), testStep('read-cache', 'api', 'cache', { kind: 'response' })],
    });
    const first = toCanvas(flow, 4); // api → cache
    const second = toCanvas(flow, 5, first); // cache → api, still api and cache involved
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

  it('is a pure function: same input, equal output, input untouched', () => {
    const flow = testFlow();
    const copy = structuredClone(flow);
    expect(toCanvas(flow, 1)).toEqual(toCanvas(flow, 1));
    expect(flow).toEqual(copy);
  });
});
