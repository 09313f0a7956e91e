import type { CatalogEntry } from 'virtual:flows';
import { SpaLink } from '../app/SpaLink';
import { flowHref } from '../app/urls';
import { MarkdownInline } from '../details/Markdown';
import { isSafeHref } from '../flow/safeHref';
import type { System } from '../flow/schema';
import { ContinueCard, FlowProgressNote } from '../progress/CatalogProgress';

/** Every system with its flows, quick to scan: title, summary, step count, illustrative badge. */
export function Catalog({ systems, flows, summaries }: { systems: System[]; flows: CatalogEntry[]; summaries: ReadonlyMap<string, string> }) {
  return (
    <div className="catalog">
      <ContinueCard flows={flows} />
      {systems.map((system) => {
        const own = flows.filter((f) => f.system === system.id);
        if (own.length === 0) return null;
        const headingId = `system-${system.id}`;
        return (
          <section key={system.id} className="catalog-system" aria-labelledby={headingId}>
            <header className="catalog-system-header">
              <h2 id={headingId}>{system.name}</h2>
              {system.illustrative && <span className="badge badge--illustrative">Illustrative</span>}
              <span className="catalog-count">{own.length} flow{own.length === 1 ? '' : 's'}</span>
              {/* Validated as http(s) already; checked again here so nothing else can ever become a link. */}
              {isSafeHref(system.repository) && (
                <a className="catalog-repo" href={system.repository} target="_blank" rel="noopener noreferrer">
                  {system.repository.replace(/^https:\/\/(www\.)?/, '')}
                </a>
              )}
            </header>
            <p className="catalog-system-description">{system.description}</p>
            <ul className="catalog-flows">
              {own.map((flow) => (
                <li key={flow.id}>
                  <SpaLink href={flowHref(flow.id)} className="flow-card">
                    <span className="flow-card-title">{flow.title}</span>
                    <span className="flow-card-summary"><MarkdownInline source={summaries.get(flow.id) ?? ''} links={false} /></span>
                    <span className="flow-card-meta">
                      <span>{flow.stepCount} steps</span>
                      {flow.illustrative && <span className="badge badge--illustrative">Illustrative</span>}
                      <FlowProgressNote flowId={flow.id} stepCount={flow.stepCount} />
                    </span>
                  </SpaLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
