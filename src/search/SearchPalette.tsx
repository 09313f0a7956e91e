import { catalog, systems } from 'virtual:flows';
import { useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { NavigateContext } from '../app/SpaLink';
import { flowHref } from '../app/urls';
import { useModalDialog } from '../app/useModalDialog';
import { Icon } from '../player/Icon';
import { loadSearchIndex, querySearch, type RankedHit, type SearchIndex } from './querySearch';
import type { SearchKind } from './searchIndex';
import { useSearchStore } from './searchStore';
import './search.css';

const GROUP_TITLES: Record<SearchKind, string> = {
  endpoint: 'Endpoints',
  table: 'Tables, collections and keys',
  state: 'State changes',
  step: 'Steps',
  participant: 'Participants',
  flow: 'Flows',
};
const EXAMPLES = ['POST /teams', 'deploy obj', 'brpop', ':id/heartbeat', 'build status'];

const flowTitles = new Map(catalog.map((f) => [f.id, f]));
const systemNames = new Map(systems.map((s) => [s.id, s.name]));

const hrefOf = (hit: RankedHit) => flowHref(hit.flow, hit.step, hit.path);

/**
 * The search palette: a combobox over a listbox of results grouped by kind. Focus stays in the field; the arrow keys
 * move the active result (aria-activedescendant), Enter opens it, Esc closes and gives focus back.
 */
export function SearchPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const close = () => {
    onClose();
    // The dialog gives focus back itself in most browsers; say where, so it never lands on the page's body.
    if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus();
  };
  const dialog = useModalDialog(open, close);
  const navigate = useContext(NavigateContext);
  const id = useId();
  const [query, setQuery] = useState(() => useSearchStore.getState().typed);
  const typedBeforeReady = useRef(query !== '');
  const [active, setActive] = useState(0);
  const [index, setIndex] = useState<SearchIndex>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    useSearchStore.setState({ ready: true, typed: '' });
    let live = true;
    import('virtual:search').then(
      (m) => live && setIndex(loadSearchIndex(m.searchIndex)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement;
    const field = input.current;
    if (!field) return;
    field.focus();
    // Reopened: the last query is selected, to be typed over; first opened with a few keys typed: the caret follows them.
    if (typedBeforeReady.current) field.setSelectionRange(field.value.length, field.value.length);
    else field.select();
    typedBeforeReady.current = false;
  }, [open]);

  const groups = useMemo(() => (index ? querySearch(index, query) : []), [index, query]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const current = Math.min(active, hits.length - 1);
  const optionId = (hit: RankedHit) => `${id}-${hit.key.replace(".", "-")}`;

  useEffect(() => {
    const hit = hits[current];
    if (hit) document.getElementById(optionId(hit))?.scrollIntoView({ block: 'nearest' });
  }, [current, hits]);

  const openHit = (hit: RankedHit) => {
    onClose();
    navigate(hrefOf(hit));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && hits[current]) {
      event.preventDefault();
      openHit(hits[current]);
    }
  };
  const onClick = (event: MouseEvent, hit: RankedHit) => {
    // A new tab or window (Ctrl, ⌘, Shift, middle button) is the browser's; a plain click stays in the app.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    openHit(hit);
  };

  const total = groups.reduce((n, g) => n + g.hits.length + g.more, 0);
  const status = failed
    ? 'The search index could not be loaded. Reload the page to try again.'
    : !index
      ? 'Loading the search index…'
      : !query.trim()
        ? ''
        : total === 0
          ? `Nothing matches “${query.trim()}”.`
          : `${total} result${total === 1 ? '' : 's'}${total > hits.length ? `, ${hits.length} shown` : ''}.`;

  return (
    <dialog {...dialog} className="search-palette" aria-label="Search" onCancel={(e) => { e.preventDefault(); close(); }}>
      <div className="search-field">
        <Icon name="search" />
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label="Search flows, steps, participants, endpoints, tables and states"
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={hits[current] ? optionId(hits[current]) : undefined}
          placeholder="Search flows, steps, endpoints, tables…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search-close" onClick={close}>
          Esc<span className="visually-hidden"> (close search)</span>
        </button>
      </div>
      <p className="visually-hidden" role="status">{status}</p>
      <div id={`${id}-list`} role="listbox" aria-label="Results" className="search-results">
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="search-group">
            <div id={`${id}-${group.kind}`} className="search-group-title" role="presentation">
              {GROUP_TITLES[group.kind]}
              {group.more > 0 && <span className="search-group-more"> · {group.more} more, refine the query</span>}
            </div>
            {group.hits.map((hit) => (
              <a
                key={hit.key}
                id={optionId(hit)}
                role="option"
                aria-selected={hit === hits[current]}
                tabIndex={-1}
                href={hrefOf(hit)}
                className={`search-hit search-hit--${hit.kind}`}
                onClick={(e) => onClick(e, hit)}
                onPointerMove={() => hit !== hits[current] && setActive(hits.indexOf(hit))}
              >
                <span className="search-hit-title">{hit.title}</span>
                {hit.detail && <span className="search-hit-detail">{hit.detail}</span>}
                <span className="search-hit-where">
                  {systemNames.get(flowTitles.get(hit.flow)?.system ?? '') ?? ''} · {flowTitles.get(hit.flow)?.title ?? hit.flow}
                  {hit.kind !== 'step' && hit.label && ` › ${hit.number}. ${hit.label}`}
                  {hit.kind === 'step' && ` › step ${hit.number}`}
                </span>
              </a>
            ))}
          </div>
        ))}
      </div>
      {index && !query.trim() && (
        <div className="search-empty">
          <p>Find anything across all {systems.length} systems: a flow, a step, a participant, an endpoint, a table or key, a state.</p>
          <p>
            Try{' '}
            {EXAMPLES.map((example, i) => (
              <span key={example}>
                {i > 0 && ', '}
                <button type="button" className="search-example" onClick={() => { setQuery(example); input.current?.focus(); }}>{example}</button>
              </span>
            ))}
            .
          </p>
        </div>
      )}
      {status && query.trim() && total === 0 && <p className="search-empty" aria-hidden="true">{status}</p>}
      {!index && <p className="search-empty" aria-hidden="true">{status}</p>}
      <p className="search-keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close</p>
    </dialog>
  );
}
