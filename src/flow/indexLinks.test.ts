import { describe, expect, it } from 'vitest';
import type { CrossIndex } from './crossIndex.ts';
import { brokenIndexLinkReason, findIndexLinks } from './indexLinks.ts';

const index = {
  endpoints: [],
  tables: [{ id: 'deployment_objects', system: 'brokkr', name: 'deployment_objects', steps: [] }],
  entities: [{ id: 'builds-status', system: 'kubeorch', entity: 'builds', field: 'status', states: [], transitions: [], neverLeft: [], neverEntered: [] }],
} as CrossIndex;
const check = (text: string) => findIndexLinks(text, 'https://x.example').map((l) => brokenIndexLinkReason(l, index) ?? 'ok');

describe('index links in docs', () => {
  it('finds links to index pages, absolute or site-relative, and nothing that only looks like one', () => {
    const text = 'See [tables](/tables/brokkr/deployment_objects), https://x.example/entities?system=kubeorch and /endpoints.\nNot docs/tables/x or https://github.com/o/r/tables/x.';
    expect(findIndexLinks(text, 'https://x.example').map((l) => [l.line, l.kind, l.system, l.entry])).toEqual([
      [1, 'tables', 'brokkr', 'deployment_objects'],
      [1, 'entities', undefined, undefined],
      [1, 'endpoints', undefined, undefined],
    ]);
  });

  it('accepts existing entries and names a missing one, with the entry probably meant', () => {
    expect(check('/tables/brokkr/deployment_objects /entities/kubeorch/builds-status /tables')).toEqual(['ok', 'ok', 'ok']);
    expect(check('/tables/brokkr/deployment_object')).toEqual(["no table 'deployment_object' in system 'brokkr' (did you mean 'deployment_objects'?)"]);
    expect(check('/entities/kubeorch/build-status')).toEqual(["no entity 'build-status' in system 'kubeorch' (did you mean 'builds-status'?)"]);
    expect(check('/endpoints/brokkr/x')).toEqual(["no endpoints of system 'brokkr'"]);
  });
});
