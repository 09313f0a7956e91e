import { describe, expect, it } from 'vitest';
import { testFlow, testParticipant, testStep } from '../testing/factories.ts';
import { buildCrossIndex, endpointKey, entrySlug, relatedOf } from './crossIndex.ts';
import { flowSchema } from './schema.ts';

const agents = testFlow({
  id: 'agents', title: 'Agents',
  participants: [testParticipant('agent'), testParticipant('broker'), testParticipant('db', { kind: 'database' })],
  steps: [
    testStep('heartbeat', 'agent', 'broker', { endpoint: { method: 'POST', path: '/api/v1/agents/:id/heartbeat', auth: 'agent PAK' } }),
    testStep('store', 'broker', 'db', { tables: [{ name: 'agents', operation: 'update', store: 'PostgreSQL', columns: ['last_heartbeat'] }], state: [{ entity: 'agent', field: 'status', from: 'inactive', to: 'active' }] }),
  ],
});
const admin = testFlow({
  id: 'admin', title: 'Admin',
  participants: [testParticipant('admin'), testParticipant('broker'), testParticipant('db', { kind: 'database' })],
  steps: [
    testStep('beat', 'admin', 'broker', { endpoint: { method: 'POST', path: '/api/v1/agents/{agent_id}/heartbeat/', auth: 'admin PAK' } }),
    testStep('create', 'broker', 'db', { tables: [{ name: 'agents', operation: 'insert' }], state: [{ entity: 'agent', field: 'status', from: null, to: 'inactive' }] }),
    testStep('retire', 'broker', 'db', { tables: [{ name: 'agents', operation: 'delete', store: 'Redis' }], state: [{ entity: 'agent', field: 'status', from: 'active', to: 'deleted' }, { entity: 'agent', field: 'status', from: 'paused', to: 'active' }] }),
  ],
});

describe('endpointKey', () => {
  it('treats :id, {id} and {agent_id} as one slot, and ignores a trailing slash, a query and the host', () => {
    expect(endpointKey('post', '/api/v1/agents/:id/heartbeat')).toBe('POST /api/v1/agents/{}/heartbeat');
    expect(endpointKey('POST', '/api/v1/agents/{agent_id}/heartbeat/')).toBe('POST /api/v1/agents/{}/heartbeat');
    expect(endpointKey('GET', 'https://x.example/auth/login?returnTo=')).toBe('GET /auth/login');
    expect(endpointKey('GET', '/')).toBe('GET /');
  });

  it('makes URL slugs of keys', () => {
    expect(entrySlug('POST /api/v1/agents/{}/heartbeat')).toBe('post-api-v1-agents-id-heartbeat');
    expect(entrySlug('deployment_objects')).toBe('deployment_objects');
  });
});

describe('buildCrossIndex', () => {
  const index = buildCrossIndex([agents, admin]);

  it('joins an endpoint across flows, once, with every auth and every step that calls it', () => {
    expect(index.endpoints).toHaveLength(1);
    const [endpoint] = index.endpoints;
    expect(endpoint).toMatchObject({ id: 'post-api-v1-agents-id-heartbeat', system: 'brokkr', method: 'POST', path: '/api/v1/agents/:id/heartbeat', auth: ['agent PAK', 'admin PAK'] });
    expect(endpoint.steps.map((s) => [s.flowId, s.stepId, s.number, s.from, s.to])).toEqual([['agents', 'heartbeat', 1, 'Agent', 'Broker'], ['admin', 'beat', 1, 'Admin', 'Broker']]);
  });

  it('joins a table by name, the store from whichever flow names it, and keeps another store\'s table apart', () => {
    expect(index.tables.map((t) => [t.id, t.store, t.steps.map((s) => `${s.flowId}#${s.stepId}:${s.operation}`)])).toEqual([
      ['agents', 'PostgreSQL', ['agents#store:update', 'admin#create:insert']],
      ['agents-redis', 'Redis', ['admin#retire:delete']],
    ]);
    expect(index.tables[0].steps[0].columns).toEqual(['last_heartbeat']);
  });

  it('aggregates an entity\'s state machine from every flow and points out states never left or never entered', () => {
    const [agent] = index.entities;
    expect(agent).toMatchObject({ id: 'agent-status', entity: 'agent', field: 'status', states: ['inactive', 'active', 'deleted', 'paused'] });
    expect(agent.transitions.map((t) => `${t.from ?? '(new)'}→${t.to}`)).toEqual(['inactive→active', '(new)→inactive', 'active→deleted', 'paused→active']);
    expect(agent.neverLeft).toEqual(['deleted']);
    expect(agent.neverEntered).toEqual(['paused']);
  });

  it('gives steps inside an outcome the path that opens them, and is the same for the same flows', () => {
    const forked = flowSchema.parse({
      ...testFlow({ id: 'forked' }),
      steps: [testStep('send', 'user', 'api'), { kind: 'alt', id: 'result', label: 'Result', outcomes: [{ id: 'ok', label: 'OK', steps: [testStep('write', 'api', 'db', { tables: [{ name: 'rows', operation: 'insert' }] })] }, { id: 'fail', label: 'Fails', steps: [testStep('undo', 'api', 'db', { tables: [{ name: 'rows', operation: 'delete' }] })] }] }],
    });
    const { tables } = buildCrossIndex([forked]);
    expect(tables[0].steps.map((s) => [s.stepId, s.number, s.path])).toEqual([['write', 2, undefined], ['undo', 3, 'fail']]);
    expect(buildCrossIndex([agents, admin])).toEqual(index);
  });
});

describe('relatedOf', () => {
  it('gives each step of a flow its entries, aligned with its own tables and transitions, and the other flows that touch them', () => {
    const index = buildCrossIndex([agents, admin]);
    expect(relatedOf(index, admin)).toEqual({
      beat: { endpoint: { id: 'post-api-v1-agents-id-heartbeat', also: ['agents'] } },
      create: { tables: [{ id: 'agents', also: ['agents'] }], entities: [{ id: 'agent-status', also: ['agents'] }] },
      retire: { tables: [{ id: 'agents-redis', also: [] }], entities: [{ id: 'agent-status', also: ['agents'] }, { id: 'agent-status', also: ['agents'] }] },
    });
  });
});
