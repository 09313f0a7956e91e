import type { CatalogEntry } from 'virtual:flows';
import { useState } from 'react';
import { SpaLink } from '../app/SpaLink';
import { flowHref } from '../app/urls';
import { lastShown, seenCount, useProgressStore } from './progressStore';

/** Steps seen of `total`, with a bar: nothing until something has been seen. */
export function ProgressNote({ seen, total }: { seen: number; total: number }) {
  if (seen === 0) return null;
  const done = seen >= total;
  return (
    <span className={`progress-note${done ? ' progress-note--done' : ''}`}>
      <span className="progress-track" aria-hidden="true"><span className="progress-fill" style={{ width: `${(100 * seen) / total}%` }} /></span>
      {done ? 'All steps seen' : `${seen} of ${total} seen`}
    </span>
  );
}

/** How much of a flow this reader has seen, for its card. */
export function FlowProgressNote({ flowId, stepCount }: { flowId: string; stepCount: number }) {
  const progress = useProgressStore((s) => s.flows[flowId]);
  return <ProgressNote seen={seenCount(progress, stepCount)} total={stepCount} />;
}

/**
 * "Continue where you left off": the flow shown most recently, at the step it was left on, and a way to forget
 * everything this browser remembers (asked twice, as it cannot be undone).
 */
export function ContinueCard({ flows }: { flows: CatalogEntry[] }) {
  const progress = useProgressStore((s) => s.flows);
  const reset = useProgressStore((s) => s.reset);
  const [confirming, setConfirming] = useState(false);
  const recent = lastShown(progress);
  const entry = recent && flows.find((f) => f.id === recent[0]);
  if (!recent || !entry) return null;
  const [flowId, { last }] = recent;
  return (
    <section className="continue-card" aria-labelledby="continue-heading">
      <h2 id="continue-heading" className="continue-heading">Continue where you left off</h2>
      <SpaLink href={flowHref(flowId, last.id)} className="continue-link">
        <span className="continue-flow">{entry.title}</span>
        <span className="continue-step">Step {last.number} of {entry.stepCount}: {last.label}</span>
      </SpaLink>
      <p className="continue-privacy">Progress is kept in this browser only; nothing is sent anywhere.</p>
      {confirming ? (
        <p className="continue-reset" role="group" aria-label="Reset progress">
          Forget every step seen?
          <button type="button" className="text-button" onClick={() => { reset(); setConfirming(false); }}>Reset progress</button>
          <button type="button" className="text-button" onClick={() => setConfirming(false)}>Keep it</button>
        </p>
      ) : (
        <button type="button" className="text-button continue-reset-start" onClick={() => setConfirming(true)}>Reset progress…</button>
      )}
    </section>
  );
}
