import { SpaLink } from '../app/SpaLink';
import { flowHref } from '../app/urls';
import type { StepRef } from '../flow/crossIndex';

/** The steps that touch an entry: flow, step (a deep link), caller → callee, and what the step does to it. */
export function StepRefs({ steps, what }: { steps: Array<StepRef & { operation?: string; columns?: string[] }>; what?: 'operation' }) {
  return (
    <table className="index-steps">
      <thead>
        <tr>
          <th scope="col">Flow</th>
          <th scope="col">Step</th>
          <th scope="col">From → to</th>
          {what && <th scope="col">Operation</th>}
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={`${s.flowId}#${s.stepId}`}>
            <td>{s.flowTitle}</td>
            <td>
              <SpaLink href={flowHref(s.flowId, s.stepId, s.path)}>
                <span className="index-step-number">{s.number}.</span> {s.stepLabel}
              </SpaLink>
            </td>
            <td className="index-route">{s.from === s.to ? s.from : `${s.from} → ${s.to}`}</td>
            {what && (
              <td>
                <span className={`operation operation--${s.operation}`}>{s.operation}</span>{' '}
                {s.columns && s.columns.length > 0 && <span className="index-columns">{s.columns.join(', ')}</span>}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
