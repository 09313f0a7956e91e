import { useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useEffect } from 'react';
import { commandForKey, commands } from '../player/commands';
import { Icon } from '../player/Icon';
import { useSearchStore } from './searchStore';

// The palette (MiniSearch and its view) is downloaded on first use; its index only once it is open.
const loadPalette = () => import('./SearchPalette');
const SearchPalette = lazy(() => loadPalette().then((m) => ({ default: m.SearchPalette })));

/** Search on every page but embeds: the keys of the command registry open it, and it stays loaded once used. */
export function SearchLauncher() {
  const embedded = useRouterState({ select: (s) => s.matches.some((m) => (m.search as { embed?: string }).embed === '1') });
  const { open, used, closeSearch } = useSearchStore();
  useEffect(() => {
    if (embedded) return;
    const onKey = (event: KeyboardEvent) => {
      const state = useSearchStore.getState();
      if (state.open && !state.ready) {
        // Opened, still downloading: keep what is typed for the field.
        const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
        if (printable) useSearchStore.setState({ typed: state.typed + event.key });
        if (printable || event.key === 'Backspace') event.preventDefault();
        if (event.key === 'Backspace') useSearchStore.setState({ typed: state.typed.slice(0, -1) });
        return;
      }
      const command = commandForKey(event);
      if (!command?.global) return;
      event.preventDefault();
      useSearchStore.getState().openSearch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [embedded]);
  if (!used || embedded) return null;
  return (
    <Suspense fallback={null}>
      <SearchPalette open={open} onClose={closeSearch} />
    </Suspense>
  );
}

/** The header's way in, for readers who do not know the keys; pointing at it starts the download. */
export function SearchButton() {
  const command = commands.search;
  return (
    <button
      type="button"
      className="search-button"
      aria-label={command.label()}
      title={`${command.help} (${command.keyLabel})`}
      aria-keyshortcuts="/ Control+K Meta+K"
      data-command={command.id}
      onPointerEnter={loadPalette}
      onFocus={loadPalette}
      onClick={() => useSearchStore.getState().openSearch()}
    >
      <Icon name="search" />
      <span className="search-button-label" aria-hidden="true">{command.label()}</span>
      <kbd className="search-button-key" aria-hidden="true">/</kbd>
    </button>
  );
}
