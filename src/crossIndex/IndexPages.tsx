import { systems } from 'virtual:flows';
import { lazy, Suspense, type ReactNode } from 'react';
import { SpaLink } from '../app/SpaLink';
import { indexHref, type IndexKind } from '../app/urls';
import { AppHeader } from '../explorer/AppHeader';
import { useDocumentTitle } from '../explorer/useDocumentTitle';
import type { CrossIndex, EndpointEntry, EntityEntry, TableEntry } from '../flow/crossIndex';
import { StepRefs } from './StepRefs';
import './crossIndex.css';

// Mermaid is downloaded only on an entity's own page, where the state machine is drawn.
const StateDiagram = lazy(() => import('./StateDiagram'));

const TITLES: Record<IndexKind, { title: string; intro: string }> = {
  endpoints: { title: 'Endpoints', intro: 'Every API endpoint the flows call, with the steps that call it. A parameter is one slot however a flow writes it (:id or {id}).' },
  tables: { title: 'Tables, collections and keys', intro: 'Every table, collection, Redis key and queue the flows touch, with what each step does to it.' },
  entities: { title: 'State machines', intro: 'Every entity with a state, its states and transitions gathered from all flows, and the steps that cause them.' },
};

type Entry = EndpointEntry | TableEntry | EntityEntry;
const systemName = (id: string) => systems.find((s) => s.id === id)?.name ?? id;

export function entryName(kind: IndexKind, entry: Entry): string {
  if (kind === 'endpoints') return `${(entry as EndpointEntry).method} ${(entry as EndpointEntry).path}`;
  if (kind === 'tables') return (entry as TableEntry).name;
  const e = entry as EntityEntry;
  return e.field ? `${e.entity}.${e.field}` : e.entity;
}

function IndexNav({ kind, system }: { kind: IndexKind; system?: string }) {
  return (
    <nav className="index-nav" aria-label="Index">
      <ul className="index-tabs">
        {(['endpoints', 'tables', 'entities'] as const).map((k) => (
          <li key={k}>
            <SpaLink href={indexHref(k, system)} aria-current={k === kind ? 'page' : undefined}>{TITLES[k].title}</SpaLink>
          </li>
        ))}
      </ul>
      <ul className="index-systems" aria-label="System">
        <li><SpaLink href={indexHref(kind)} aria-current={system === undefined ? 'true' : undefined}>All systems</SpaLink></li>
        {systems.map((s) => (
          <li key={s.id}><SpaLink href={indexHref(kind, s.id)} aria-current={system === s.id ? 'true' : undefined}>{s.name}</SpaLink></li>
        ))}
      </ul>
    </nav>
  );
}

function Layout({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(`${title} · Flow Explorer`);
  return (
    <div className="page">
      <AppHeader />
      <main className="catalog-page index-page">{children}</main>
    </div>
  );
}

function EntryBody({ kind, entry }: { kind: IndexKind; entry: Entry }) {
  if (kind === 'endpoints') {
    const e = entry as EndpointEntry;
    return (
      <>
        {e.auth.length > 0 && <p className="index-meta">Auth: {e.auth.join(' · ')}</p>}
        <StepRefs steps={e.steps} />
      </>
    );
  }
  if (kind === 'tables') {
    const t = entry as TableEntry;
    return <StepRefs steps={t.steps} what="operation" />;
  }
  const e = entry as EntityEntry;
  return (
    <>
      <p className="index-meta">States: {e.states.map((s) => <code key={s} className="state">{s}</code>)}</p>
      {e.neverLeft.length > 0 && <p className="index-note">Entered but never left in any flow: {e.neverLeft.map((s) => <code key={s} className="state">{s}</code>)}</p>}
      {e.neverEntered.length > 0 && <p className="index-note">Left but never entered in any flow: {e.neverEntered.map((s) => <code key={s} className="state">{s}</code>)}</p>}
      <ul className="index-transitions">
        {e.transitions.map((t) => (
          <li key={`${t.from}→${t.to}`}>
            <h4 className="transition">
              {t.from === null ? <span className="state state--new">(new)</span> : <code className="state">{t.from}</code>}
              <span aria-hidden="true">→</span><span className="visually-hidden">to</span>
              <code className="state state--to">{t.to}</code>
            </h4>
            <StepRefs steps={t.steps} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** `/endpoints`, `/tables`, `/entities`: every entry of one kind, grouped by system; `?system=` shows one system. */
export function IndexListPage({ kind, index, system }: { kind: IndexKind; index: CrossIndex; system?: string }) {
  const entries = (index[kind] as Entry[]).filter((e) => system === undefined || e.system === system);
  const shown = systems.filter((s) => entries.some((e) => e.system === s.id));
  return (
    <Layout title={TITLES[kind].title}>
      <div className="catalog-intro">
        <h1>{TITLES[kind].title}{system && <span className="index-system-name"> · {systemName(system)}</span>}</h1>
        <p>{TITLES[kind].intro}</p>
      </div>
      <IndexNav kind={kind} system={system} />
      {shown.length === 0 && <p className="empty">Nothing here for this system.</p>}
      {shown.map((s) => (
        <section key={s.id} aria-labelledby={`index-${s.id}`} className="index-system">
          <h2 id={`index-${s.id}`}>{s.name} <span className="catalog-count">{entries.filter((e) => e.system === s.id).length}</span></h2>
          {entries.filter((e) => e.system === s.id).map((entry) => (
            <article key={entry.id} className="index-entry" aria-labelledby={`entry-${s.id}-${entry.id}`}>
              <h3 id={`entry-${s.id}-${entry.id}`}>
                <SpaLink href={indexHref(kind, entry.system, entry.id)}><code>{entryName(kind, entry)}</code></SpaLink>
                {kind === 'tables' && (entry as TableEntry).store && <span className="store">{(entry as TableEntry).store}</span>}
              </h3>
              <EntryBody kind={kind} entry={entry} />
            </article>
          ))}
        </section>
      ))}
    </Layout>
  );
}

/** One entry's own page (`/tables/brokkr/deployment_objects`), for docs to link to; entities draw their state machine. */
export function IndexEntryPage({ kind, entry }: { kind: IndexKind; entry: Entry }) {
  const name = entryName(kind, entry);
  return (
    <Layout title={`${name} · ${TITLES[kind].title}`}>
      <p className="index-back">
        <SpaLink href={indexHref(kind, entry.system)}>{TITLES[kind].title} of {systemName(entry.system)}</SpaLink>
      </p>
      <h1 className="index-entry-title">
        <code>{name}</code>
        {kind === 'tables' && (entry as TableEntry).store && <span className="store">{(entry as TableEntry).store}</span>}
      </h1>
      {kind === 'entities' && (
        <Suspense fallback={<p className="sequence-loading">Drawing the state machine…</p>}>
          <StateDiagram entry={entry as EntityEntry} />
        </Suspense>
      )}
      <EntryBody kind={kind} entry={entry} />
    </Layout>
  );
}
