import { memo, useEffect, useId, useRef } from 'react';
import { scrollWithin } from '../app/scrollWithin';
import type { Flow } from '../flow/schema';

interface Props {
  flow: Flow;
  index: number;
  first: number;
  last: number;
  stepHref: (stepId: string) => string;
  onSelect: (index: number) => void;
  className?: string;
}

/** Every step of the flow; each is a real link, so it can be opened in a new tab or copied. */
export const StepList = memo(function StepList({ flow, index, first, last, stepHref, onSelect, className }: Props) {
  const list = useRef<HTMLElement>(null);
  const currentRef = useRef<HTMLAnchorElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (list.current && currentRef.current) scrollWithin(list.current, currentRef.current);
  }, [index]);
  return (
    <nav ref={list} className={`step-list${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">Steps</h2>
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
