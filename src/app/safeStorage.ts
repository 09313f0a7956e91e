import type { StateStorage } from 'zustand/middleware';

/**
 * localStorage that never breaks the page: unavailable (private modes, sandboxed frames, blocked cookies), full, or
 * holding something that is not our JSON — each reads as "nothing stored" and a failed write is simply skipped.
 */
export function safeLocalStorage(): StateStorage {
  const store = () => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    getItem: (name) => {
      try {
        const value = store()?.getItem(name) ?? null;
        if (value === null) return null;
        JSON.parse(value);
        return value;
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        store()?.setItem(name, value);
      } catch {
        // Full or refused: the preference lasts for this visit only.
      }
    },
    removeItem: (name) => {
      try {
        store()?.removeItem(name);
      } catch {
        // Nothing to do.
      }
    },
  };
}
