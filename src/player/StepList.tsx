import { memo, useEffect, useId, useMemo, useRef, type RefObject } from 'react';
import { scrollWithin } from '../app/scrollWithin';
import type { Flow, Step } from '../flow/schema';

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
  // Built once per flow, not on every step: a flow can have hundreds of steps.
  const hrefs = useMemo(() => flow.steps.map((step) => stepHref(step.id)), [flow, stepHref]);
  useEffect(() => {
    // Measured in the next frame, where the browser lays the page out anyway: measuring now would force a layout
    // in the middle of the step change.
    const frame = requestAnimationFrame(() => {
      if (list.current && currentRef.current) scrollWithin(list.current, currentRef.current);
    });
    return () => cancelAnimationFrame(frame);
  }, [index]);
  return (
    <nav ref={list} className={`step-list${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">Steps</h2>
      <ol aria-label="Steps">
        {flow.steps.map((step, i) =>
          i < first || i > last ? null : (
            <StepItem
              key={step.id}
              step={step}
              number={i + 1}
              state={i === index ? 'current' : i < index ? 'done' : 'upcoming'}
              href={hrefs[i]}
              onSelect={onSelect}
              currentRef={i === index ? currentRef : undefined}
            />
          ),
        )}
      </ol>
    </nav>
  );
});

interface ItemProps {
  step: Step;
  number: number;
  state: 'current' | 'done' | 'upcoming';
  href: string;
  onSelect: (index: number) => void;
  currentRef?: RefObject<HTMLAnchorElement | null>;
}

// One memoised item per step: a step change re-renders the two items whose state changed, not the whole list (a flow
// can have hundreds of steps).
const StepItem = memo(function StepItem({ step, number, state, href, onSelect, currentRef }: ItemProps) {
  return (
    <li className={state === 'current' ? 'is-current' : state === 'done' ? 'is-done' : undefined}>
      <a
        ref={currentRef}
        href={href}
        aria-current={state === 'current' ? 'step' : undefined}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onSelect(number - 1);
        }}
      >
        <span className="step-number">{number}</span>
        <span className="step-label">{step.label}</span>
        {step.kind === 'self' && <span className="step-kind" title="Work inside one participant">self</span>}
        {step.kind === 'async' && <span className="step-kind" title="Asynchronous message">async</span>}
      </a>
    </li>
  );
});
