import type { Flow } from '../flow/schema';
import { participantName } from '../flow/participantName';

/**
 * The current step in type that reads from the back of a room: number, label, who talks to whom, and what the step
 * touches (endpoint, tables, state change).
 */
export function StepCaption({ flow, index, first, last }: { flow: Flow; index: number; first: number; last: number }) {
  const step = flow.steps[index];
  const name = (id: string) => participantName(flow, id);
  return (
    <section className="step-caption" aria-label="Current step">
      <p className="step-caption-heading">
        <span className={`step-caption-number step-caption-number--${step.kind}`}>{index - first + 1}<span className="step-caption-of">/ {last - first + 1}</span></span>
        <span className="step-caption-label">{step.label}</span>
      </p>
      <ul className="step-caption-facts">
        <li className="step-caption-route">
          {step.from === step.to ? name(step.from) : <>{name(step.from)} <span aria-hidden="true">{step.kind === 'response' ? '⇢' : '→'}</span><span className="visually-hidden">to</span> {name(step.to)}</>}
        </li>
        {step.endpoint && (
          <li className="step-caption-endpoint"><strong>{step.endpoint.method}</strong> {step.endpoint.path}</li>
        )}
        {step.tables?.map((t, i) => (
          <li key={`t${i}`} className="step-caption-table"><strong>{t.operation}</strong> {t.name}</li>
        ))}
        {step.state?.map((t, i) => (
          <li key={`s${i}`} className="step-caption-state">
            {t.field ? `${t.entity}.${t.field}` : t.entity}: {t.from ?? '(new)'} <span aria-hidden="true">→</span><span className="visually-hidden">to</span> <strong>{t.to}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
