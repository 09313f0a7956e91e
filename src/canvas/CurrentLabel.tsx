import { forwardRef } from 'react';
import type { Step } from '../flow/schema';
import { withBreaks } from './ParticipantNode';

/**
 * The current step on the canvas: its number, label and endpoint. Wraps instead of cutting off; FlowCanvas measures
 * it and the collision pass places it where it covers no participant and no other label.
 */
export const CurrentLabel = forwardRef<HTMLDivElement, { step: Step; number: number }>(function CurrentLabel({ step, number }, ref) {
  return (
    <div ref={ref} className={`current-label current-label--${step.kind}`} data-step={step.id}>
      <span className="current-label-number">{number}</span>
      <span className="current-label-text">
        <span className="current-label-title">{withBreaks(step.label)}</span>
        {step.endpoint && (
          <span className="current-label-endpoint">
            <span className="current-label-method">{step.endpoint.method}</span> {withBreaks(step.endpoint.path)}
          </span>
        )}
      </span>
    </div>
  );
});
