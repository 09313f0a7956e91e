import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explorerQuery, parseExplorerSearch } from './explorerSearch';

const defined = (search: object) => Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined));

describe('parseExplorerSearch', () => {
  it('keeps what the page understands and drops the rest', () => {
    expect(defined(parseExplorerSearch({ step: 'a', view: 'sequence', embed: '1', from: 'a', to: 'c', details: 'below', utm: 'x' }))).toEqual({ step: 'a', view: 'sequence', embed: '1', from: 'a', to: 'c', details: 'below' });
    expect(defined(parseExplorerSearch({ present: 'true' }))).toEqual({ present: '1' });
  });

  it('falls back to the defaults on values it does not know', () => {
    expect(defined(parseExplorerSearch({ view: 'graph', embed: 'yes', step: '', present: '0', details: 'left', from: ' ', to: '' }))).toEqual({});
    expect(defined(parseExplorerSearch({ view: 'canvas', embed: '0' }))).toEqual({});
    expect(defined(parseExplorerSearch({ embed: 'false', view: ['sequence'], step: 42 }))).toEqual({});
  });

  it('names every field, so the router cannot let a raw value through in place of a default', () => {
    expect(Object.keys(parseExplorerSearch({ embed: '0' })).sort()).toEqual(['details', 'embed', 'from', 'loop', 'path', 'present', 'speaker', 'step', 'to', 'tour', 'view']);
  });

  it('never throws, and yields only values the page understands, whatever the query', () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('1', 'true', '0', 'false', 'sequence', 'canvas', '', ' ', 'side', 'below', 'none', '__proto__'), fc.integer(), fc.constant(null), fc.array(fc.string()));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('step', 'view', 'embed', 'present', 'from', 'to', 'details', 'constructor', '__proto__', 'x'), value), (query) => {
      const search = parseExplorerSearch(query);
      expect([undefined, 'sequence']).toContain(search.view);
      expect([undefined, '1']).toContain(search.embed);
      expect([undefined, '1']).toContain(search.present);
      expect([undefined, 'side', 'below', 'none']).toContain(search.details);
      for (const key of ['step', 'from', 'to'] as const) if (search[key] !== undefined) expect(search[key]!.trim()).not.toBe('');
    }), { numRuns: 500 });
  });

  it('writes a stable query string without defaults', () => {
    expect(explorerQuery({ to: 'c', step: 'a', embed: '1', details: 'none' })).toBe('?step=a&embed=1&to=c&details=none');
    expect(explorerQuery({})).toBe('');
  });
});
