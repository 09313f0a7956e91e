import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowSources } from '../../scripts/flowSources.ts';
import { flowSchema } from '../flow/schema.ts';
import { validateFlowSources } from '../flow/validate.ts';
import { testFlow, testParticipant, testStep } from '../testing/factories.ts';
import { loadSearchIndex, querySearch } from './querySearch.ts';
import { buildSearchIndex, normaliseKey, searchDocuments } from './searchIndex.ts';

const agents = testFlow({
  id: 'agents', title: 'Agents',
  participants: [testParticipant('agent', { kind: 'worker', tech: 'Rust' }), testParticipant('broker'), testParticipant('db', { kind: 'database' })],
  steps: [
    testStep('heartbeat', 'agent', 'broker', { endpoint: { method: 'POST', path: '/api/v1/agents/:id/heartbeat' } }),
    testStep('store', 'broker', 'db', { tables: [{ name: 'agents', operation: 'update' }], state: [{ entity: 'agent', field: 'status', from: 'inactive', to: 'active' }] }),
  ],
});
// Written as a flow file is (with a fork), then loaded: the outline and flattened steps come from the schema.
const delivery = flowSchema.parse({
  ...testFlow({ id: 'delivery', title: 'Delivery' }),
  participants: [testParticipant('broker'), testParticipant('hook', { kind: 'external' })],
  steps: [
    testStep('send', 'broker', 'hook', { endpoint: { method: 'POST', path: '/hooks/{hook_id}' } }),
    { kind: 'alt', id: 'result', label: 'Result', outcomes: [
      { id: 'ok', label: '2xx', steps: [testStep('mark-done', 'broker', 'broker', { tables: [{ name: 'agents', operation: 'read' }] })] },
      { id: 'retry', label: '5xx', steps: [testStep('schedule-retry', 'broker', 'broker')] },
    ] },
  ],
});

const kinds = (flows: Parameters<typeof searchDocuments>[0]) => searchDocuments(flows).map((d) => `${d.kind} ${d.title} ${d.at.map((t) => `${t.flow}#${t.step ?? ''}`).join(' ')}`);

describe('searchDocuments', () => {
  it('has one document per flow, participant, step, endpoint, table and state change, with the steps that touch each', () => {
    expect(kinds([agents])).toEqual([
      'flow Agents agents#',
      'participant Agent agents#heartbeat',
      'participant Broker agents#heartbeat',
      'participant Db agents#store',
      'step Label of heartbeat agents#heartbeat',
      'step Label of store agents#store',
      'endpoint POST /api/v1/agents/:id/heartbeat agents#heartbeat',
      'table agents agents#store',
      'state agent.status: inactive → active agents#store',
    ]);
  });

  it('joins across flows, numbers documents stably and opens a step inside an outcome on its path', () => {
    const docs = searchDocuments([agents, delivery]);
    expect(searchDocuments([agents, delivery])).toEqual(docs);
    expect(docs.map((d) => d.id)).toEqual(docs.map((_, i) => i));
    const tables = docs.filter((d) => d.kind === 'table');
    expect(tables.map((d) => d.title)).toEqual(['agents']);
    expect(tables[0].at).toEqual([
      { flow: 'agents', step: 'store', number: 2, label: 'Label of store', detail: 'update' },
      { flow: 'delivery', step: 'mark-done', number: 2, label: 'Label of mark-done', detail: 'read' },
    ]);
    const step = (id: string) => docs.find((d) => d.kind === 'step' && d.at[0].step === id)!.at[0];
    expect(step('schedule-retry')).toMatchObject({ path: 'retry', number: 3 });
    expect(step('mark-done').path).toBeUndefined();
  });

  it('gives endpoints and tables the keys an exact query is compared with', () => {
    const docs = searchDocuments([delivery]);
    expect(docs.find((d) => d.kind === 'endpoint')?.exact).toEqual(['post /hooks/{}', '/hooks/{}']);
    expect(normaliseKey('post  /hooks/:id/')).toBe('post /hooks/{}');
    expect(normaliseKey('/Hooks/{x}')).toBe('/hooks/{}');
  });
});

describe('querySearch', () => {
  const index = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex([agents, delivery]))));

  it('answers nothing to an empty query', () => {
    expect(querySearch(index, '   ')).toEqual([]);
  });

  it('matches a path written with either parameter style, whole or in part', () => {
    for (const q of ['POST /hooks/:id', '/hooks/{hook_id}', 'hooks']) {
      expect(querySearch(index, q)[0].hits[0], q).toMatchObject({ kind: 'endpoint', flow: 'delivery', step: 'send', detail: 'Broker → Hook' });
    }
    expect(querySearch(index, 'POST /hooks/:id')[0].hits[0].tier).toBe(3);
    expect(querySearch(index, ':id/heartbeat')[0].hits[0]).toMatchObject({ kind: 'endpoint', step: 'heartbeat', tier: 1 });
  });

  it('lists an endpoint, table or state change once per step that touches it', () => {
    const [tables] = querySearch(index, 'agents').filter((g) => g.kind === 'table');
    expect(tables.hits.map((h) => `${h.title} ${h.flow}#${h.step} ${h.detail}`)).toEqual(['agents agents#store update', 'agents delivery#mark-done read']);
    expect(new Set(tables.hits.map((h) => h.key)).size).toBe(2);
  });

  it('limits each group and counts the rest', () => {
    const groups = querySearch(index, 'label', 2);
    const steps = groups.find((g) => g.kind === 'step')!;
    expect(steps.hits).toHaveLength(2);
    expect(steps.more).toBe(3);
  });
});

describe('ranking on the repository flows', () => {
  const { flows: sources, systems } = readFlowSources(resolve('flows'));
  const { flows } = validateFlowSources(sources, systems);
  const index = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(flows))));
  const top = (q: string) => {
    const [group] = querySearch(index, q);
    return group && { kind: group.kind, title: group.hits[0].title, step: group.hits[0].step };
  };

  it('puts an exact endpoint first, however the parameters are written', () => {
    expect(top('POST /teams')).toMatchObject({ kind: 'endpoint', title: 'POST /teams' });
    expect(top('/teams')).toMatchObject({ kind: 'endpoint', title: 'POST /teams' });
    expect(top(':id/heartbeat')).toMatchObject({ kind: 'endpoint', title: 'POST /api/v1/agents/:id/heartbeat' });
    expect(top('{agent_id}/heartbeat')).toMatchObject({ kind: 'endpoint', title: 'POST /api/v1/agents/:id/heartbeat' });
  });

  it('puts an exact table first, and finds it from word beginnings and with typos', () => {
    expect(top('deployment_objects')).toMatchObject({ kind: 'table', title: 'deployment_objects' });
    expect(top('deploy obj')).toMatchObject({ kind: 'table', title: 'deployment_objects' });
    expect(top('deplyment objcts')).toMatchObject({ kind: 'table', title: 'deployment_objects' });
  });

  it('finds a step by a word of its label or description', () => {
    expect(top('brpop')).toMatchObject({ kind: 'step', step: 'brpop-task' });
    expect(top('card agent_status')).toMatchObject({ kind: 'state', title: expect.stringMatching(/^card\.agent_status: /) });
  });
});
