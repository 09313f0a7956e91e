import { buildCrossIndex } from './crossIndex.ts';
import { indexMarkdown } from './indexMarkdown.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowSources } from '../../scripts/flowSources.ts';
import { testFlow, testStep } from '../testing/factories.ts';
import { orderFlows } from './order.ts';
import { headingAnchor, systemMarkdown } from './toMarkdown.ts';
import { validateFlowSources } from './validate.ts';

const system = { id: 'brokkr', name: 'Brokkr', description: 'A broker.', repository: 'https://github.com/colliery-io/brokkr' };

describe('systemMarkdown', () => {
  it('writes a section per flow: summary, Mermaid diagram and a step table linking every step to the explorer', () => {
    const flow = testFlow({
      steps: [
        testStep('send-request', 'user', 'api', { endpoint: { method: 'POST', path: '/api/v1/stacks' } }),
        testStep('write-row', 'api', 'db', { label: 'Insert | row', tables: [{ name: 'stacks', operation: 'insert' }], state: [{ entity: 'stacks', field: 'status', from: null, to: 'active' }] }),
      ],
    });
    const md = systemMarkdown(system, [flow], 'https://explorer.example.org');
    expect(md).toContain('# Brokkr data flows');
    expect(md).toContain('- [Test flow](#test-flow) — 2 steps');
    expect(md).toContain('```mermaid\nsequenceDiagram\n  autonumber');
    expect(md).toContain('| 1 | User → Api | [Label of send-request](https://explorer.example.org/flows/test-flow?step=send-request) | `POST /api/v1/stacks` |  |  |');
    expect(md).toContain('| 2 | Api → Db | [Insert \\| row](https://explorer.example.org/flows/test-flow?step=write-row) |  | `stacks` (insert) | stacks.status: (new) → `active` |');
  });

  it('makes GitHub-style heading anchors', () => {
    expect(headingAnchor('PAK verification on every request')).toBe('pak-verification-on-every-request');
    expect(headingAnchor('Stack deletion (soft and hard)')).toBe('stack-deletion-soft-and-hard');
  });
});

describe('the committed docs/flows', () => {
  const { flows: sources, systems } = readFlowSources(resolve('flows'));
  const result = validateFlowSources(sources, systems);
  const url = (JSON.parse(readFileSync('package.json', 'utf8')) as { config: { explorerUrl: string } }).config.explorerUrl.replace(/\/+$/, '');
  it.each(result.systems!.systems.map((s) => [s.id, s] as const))('docs/flows/%s.md is up to date (run `npm run docs` when this fails)', (id, sys) => {
    const own = orderFlows([sys], result.flows.filter((f) => f.system === id));
    expect(readFileSync(`docs/flows/${id}.md`, 'utf8')).toBe(systemMarkdown(sys, own, url));
  });

  it.each(Object.entries(indexMarkdown(buildCrossIndex(result.flows), result.systems!.systems, url)))('docs/flows/%s.md is up to date (run `npm run docs` when this fails)', (kind, text) => {
    expect(readFileSync(`docs/flows/${kind}.md`, 'utf8')).toBe(text);
  });
});
