import { describe, expect, it } from 'vitest';
import { explorerQuery, parseExplorerSearch } from './explorerSearch';

describe('parseExplorerSearch', () => {
  it('keeps what the page understands and drops the rest', () => {
    expect(parseExplorerSearch({ step: 'a', view: 'sequence', embed: '1', from: 'a', to: 'c', details: 'below', utm: 'x' })).toEqual({ step: 'a', view: 'sequence', embed: '1', from: 'a', to: 'c', details: 'below' });
    expect(parseExplorerSearch({ present: '1' })).toEqual({ present: '1' });
  });

  it('falls back to the defaults on values it does not know', () => {
    expect(parseExplorerSearch({ view: 'graph', embed: 'yes', step: '', present: '0', details: 'left' })).toEqual({});
    expect(parseExplorerSearch({ view: 'canvas' })).toEqual({});
  });

  it('writes a stable query string without defaults', () => {
    expect(explorerQuery({ to: 'c', step: 'a', embed: '1', details: 'none' })).toBe('?step=a&embed=1&to=c&details=none');
    expect(explorerQuery({})).toBe('');
  });
});
