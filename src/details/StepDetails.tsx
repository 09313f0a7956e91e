import { onThisPath, stateAfter } from '../flow/branches';
import { memo, type ReactNode } from 'react';
import type { Flow, Step } from '../flow/schema';
import { SpaLink } from '../app/SpaLink';
import { indexHref } from '../app/urls';
import type { RelatedEntry, StepRelated } from '../flow/crossIndex';
import { Markdown } from './Markdown';
import { participantName } from '../flow/participantName';

interface Props {
  flow: Flow;
  index: number;
  /** Per step id: the index entries the step touches and the other flows that touch them. */
  related?: Record<string, StepRelated>;
  flowHref: (flowId: string, stepId?: string) => string;
  flowTitle: (flowId: string) => string | undefined;
  /** In an embed, links open the full explorer in a new tab instead of navigating the frame. */
  linksInNewTab?: boolean;
  /** "Step 2 of 6", counted within an embed's range. */
  position?: string;
}

const KIND_TEXT: Record<Step['kind'], string> = {
  request: 'Request',
  response: 'Response',
  async: 'Asynchronous message',
  self: 'Internal work',
};

function Section({ title, empty, children }: { title: string; empty: string; children?: ReactNode }) {
  const id = `details-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="details-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children ?? <p className="details-empty">{empty}</p>}
    </section>
  );
}

/** A link inside the details: in the app, or (in an embed) to the full explorer in a new tab. */
function DetailLink({ href, newTab, children, className }: { href: string; newTab: boolean; children: ReactNode; className?: string }) {
  return newTab ? <a href={href} target="_blank" rel="noopener noreferrer" className={className}>{children}</a> : <SpaLink href={href} className={className}>{children}</SpaLink>;
}

/** "Also in": the other flows that touch the same endpoint or table, so a reader can follow it across the system. */
function AlsoIn({ entry, flowHref, flowTitle, newTab, what }: { entry?: RelatedEntry | null; flowHref: Props['flowHref']; flowTitle: Props['flowTitle']; newTab: boolean; what: string }) {
  if (!entry || entry.also.length === 0) return null;
  return (
    <p className="also-in">
      <span className="also-in-label">{what} also in:</span>{' '}
      {entry.also.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <DetailLink href={flowHref(id)} newTab={newTab}>{flowTitle(id) ?? id}</DetailLink>
        </span>
      ))}
    </p>
  );
}

export const StepDetails = memo(function StepDetails({ flow, index, related, flowHref, flowTitle, linksInNewTab = false, position }: Props) {
  const step = flow.steps[index];
  const rel = related?.[step.id];
  // An entry's own index page, when the index knows it.
  const entryLink = (kind: 'endpoints' | 'tables' | 'entities', entry: RelatedEntry | null | undefined, children: ReactNode, className?: string) =>
    entry ? <DetailLink href={indexHref(kind, flow.system, entry.id)} newTab={linksInNewTab} className={className}>{children}</DetailLink> : children;
  const name = (id: string) => participantName(flow, id);
  return (
    <aside className="step-details" aria-label="Step details">
      <p className="details-position">{position ?? `Step ${index + 1} of ${flow.steps.length}${onThisPath(flow)}`}</p>
      <h2 className="details-title">{step.label}</h2>
      <p className="details-route">
        {step.kind === 'self' ? (
          <span className="participant-chip">{name(step.from)}</span>
        ) : (
          <>
            <span className="participant-chip">{name(step.from)}</span>
            <span aria-hidden="true" className="details-arrow">{step.kind === 'response' ? '⇠' : '→'}</span>
            <span className="visually-hidden">to</span>
            <span className="participant-chip">{name(step.to)}</span>
          </>
        )}
        <span className={`kind-badge kind-badge--${step.kind}`}>{KIND_TEXT[step.kind]}</span>
      </p>

      <Section title="API endpoint" empty="No API call in this step.">
        {step.endpoint ? (
          <>
            <p className="endpoint">
              <span className={`method method--${step.endpoint.method.toLowerCase()}`}>{step.endpoint.method}</span>
              {entryLink('endpoints', rel?.endpoint, <code className="endpoint-path">{step.endpoint.path}</code>, 'index-link')}
              {step.endpoint.auth && <span className="endpoint-auth">Auth: {step.endpoint.auth}</span>}
            </p>
            <AlsoIn entry={rel?.endpoint} flowHref={flowHref} flowTitle={flowTitle} newTab={linksInNewTab} what="Called" />
          </>
        ) : undefined}
      </Section>

      <Section title="Database" empty="No table, collection or key touched in this step.">
        {step.tables && step.tables.length > 0 && (
          <ul className="tables">
            {step.tables.map((table, i) => (
              <li key={`${table.name}-${i}`}>
                <span className={`operation operation--${table.operation}`}>{table.operation}</span>
                {entryLink('tables', rel?.tables?.[i], <code>{table.name}</code>, 'index-link')}
                {table.store && <span className="store">{table.store}</span>}
                {table.columns && table.columns.length > 0 && (
                  <span className="columns">
                    {table.columns.map((c) => <code key={c}>{c}</code>)}
                  </span>
                )}
                <AlsoIn entry={rel?.tables?.[i]} flowHref={flowHref} flowTitle={flowTitle} newTab={linksInNewTab} what="Used" />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title="State transition" empty="No state changes in this step.">
        {step.state && step.state.length > 0 && (
          <ul className="transitions">
            {step.state.map((t, i) => (
              <li key={`${t.entity}-${i}`}>
                {entryLink('entities', rel?.entities?.[i], <code>{t.field ? `${t.entity}.${t.field}` : t.entity}</code>, 'index-link')}
                <span className="transition">
                  {t.from === null ? <span className="state state--new">(new)</span> : <span className="state">{t.from}</span>}
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden">to</span>
                  <span className="state state--to">{t.to}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <StateAfter flow={flow} index={index} />

      {step.description && (
        <section className="details-section" aria-labelledby="details-description">
          <h3 id="details-description">What happens</h3>
          <Markdown source={step.description} />
        </section>
      )}

      {step.links && step.links.length > 0 && (
        <section className="details-section" aria-labelledby="details-links">
          <h3 id="details-links">Continues in</h3>
          <ul className="flow-links">
            {step.links.map((link, i) => (
              <li key={i}>
                {linksInNewTab ? (
                  <a href={flowHref(link.flow, link.step)} target="_blank" rel="noopener noreferrer">{link.label ?? flowTitle(link.flow) ?? link.flow}</a>
                ) : (
                  <SpaLink href={flowHref(link.flow, link.step)}>{link.label ?? flowTitle(link.flow) ?? link.flow}</SpaLink>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
});

/**
 * Every entity the path has touched up to this step, with its state now and the step that set it. Stepping back
 * rewinds it and another outcome recomputes it: it is folded from the path's transitions each time.
 */
function StateAfter({ flow, index }: { flow: Flow; index: number }) {
  if (!flow.steps.some((s) => s.state && s.state.length > 0)) return null;
  const states = stateAfter(flow.steps, index);
  return (
    <Section title="State after this step" empty={`Nothing has changed state yet${onThisPath(flow)}.`}>
      {states.length > 0 ? (
        <ul className="state-after">
          {states.map((s) => (
            <li key={`${s.entity}.${s.field ?? ''}`} className={s.stepNumber === index + 1 ? 'is-new' : undefined}>
              <code>{s.field ? `${s.entity}.${s.field}` : s.entity}</code>
              <span className="state state--to">{s.state}</span>
              <span className="state-after-step">{s.stepNumber === index + 1 ? 'this step' : `step ${s.stepNumber}`}</span>
            </li>
          ))}
        </ul>
      ) : undefined}
    </Section>
  );
}
