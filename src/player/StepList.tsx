import { memo, useEffect, useRef } from 'react';
import type { Flow } from '../flow/schema';

interface Props {
  flow: Flow;
  index: number;
  first: number;
  last: number;
  stepHref: (stepId: string) => string;
  onSelect: (index: number) => void;
}

/** Every step of the flow; each is a real link, so it can be opened in a new tab or copied. */
export const StepList = memo(function StepList({ flow, index, first, last, stepHref, onSelect }: Props) {
  const currentRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [index]);
  return (
    <nav className="step-list" aria-labelledby="step-list-heading">
      <h2 id="step-list-heading" className="panel-heading">Steps</h2>
      <ol aria-label="Steps">
        {flow.steps.map((step, i) => {
          if (i < first || i > last) return null;
          const current = i === index;
          return (
            <li key={step.id} className={current ? 'is-current' : i < index ? 'is-done' : undefined}>
              <a
                ref={current ? currentRef : undefined}
                href={stepHref(step.id)}
                aria-current={current ? 'step' : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onSelect(i);
                }}
              >
                <span className="step-number">{i + 1}</span>
                <span className="step-label">{step.label}</span>
                {step.kind === 'self' && <span className="step-kind" title="Work inside one participant">self</span>}
                {step.kind === 'async' && <span className="step-kind" title="Asynchronous message">async</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
