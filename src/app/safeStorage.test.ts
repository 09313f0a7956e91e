// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeLocalStorage } from './safeStorage';

describe('safeLocalStorage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('reads and writes like localStorage', () => {
    const storage = safeLocalStorage();
    storage.setItem('k', '{"a":1}');
    expect(storage.getItem('k')).toBe('{"a":1}');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('reads a corrupt value as nothing stored', () => {
    localStorage.setItem('k', '{not json');
    expect(safeLocalStorage().getItem('k')).toBeNull();
  });

  it('never throws when the store refuses to be read or written (unavailable, full)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const storage = safeLocalStorage();
    expect(() => storage.setItem('k', '1')).not.toThrow();
    expect(storage.getItem('k')).toBeNull();
  });
});
