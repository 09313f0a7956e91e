import './branches.css';
import { memo, useEffect, useId, useMemo, useRef, type RefObject } from 'react';
import { scrollWithin } from '../app/scrollWithin';
import { forksOf, sourceOf, type Choices } from '../flow/branches';
import type { Block, Flow, OutlineItem, Step } from '../flow/schema';

/** For a flow with forks: the reader's choices, and how to choose an outcome or open a step of another outcome. */
export interface StepTreeProps {
  choices: Choices;
  choose: (forkId: string, option: number) => void;
  openStep: (stepId: string) => void;
}

interface Props {
  /** The flow as the chosen path shows it (see pathView). */
  flow: Flow;
  tree?: StepTreeProps;
  index: number;
  first: number;
  last: number;
  stepHref: (stepId: string) => string;
  onSelect: (index: number) => void;
  className?: string;
}

/** Every step of the flow; each is a real link, so it can be opened in a new tab or copied. */
export const StepList = memo(function StepList({ flow, tree, index, first, last, stepHref, onSelect, className }: Props) {
  const list = useRef<HTMLElement>(null);
  const currentRef = useRef<HTMLAnchorElement>(null);
  const headingId = useId();
  // Built once per flow, not on every step: a flow can have hundreds of steps.
  const hrefs = useMemo(() => flow.steps.map((step) => stepHref(step.id)), [flow, stepHref]);
  const whole = sourceOf(flow);
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
      {tree && whole.flow.outline ? (
        <ol aria-label="Steps">
          <OutlineItems items={whole.flow.outline} ctx={{ flow, whole: whole.flow, position: new Map(whole.path.map((s, i) => [s, i])), index, first, last, hrefs, stepHref, onSelect, tree, currentRef }} />
        </ol>
      ) : (
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
      )}
    </nav>
  );
});

interface OutlineContext {
  flow: Flow;
  whole: Flow;
  /** Step index in the whole flow → its position on the chosen path. */
  position: Map<number, number>;
  index: number;
  first: number;
  last: number;
  hrefs: string[];
  stepHref: (stepId: string) => string;
  onSelect: (index: number) => void;
  tree: StepTreeProps;
  currentRef: RefObject<HTMLAnchorElement | null>;
}

const BLOCK_NAMES: Record<Block['kind'], string> = { alt: 'Alternatives', opt: 'Optional', loop: 'Repeats' };

/**
 * The whole flow as a tree: every outcome's steps listed (the reader sees what else can happen), the chosen ones
 * numbered on the path, the others marked and one click away.
 */
function OutlineItems({ items, ctx }: { items: OutlineItem[]; ctx: OutlineContext }) {
  return (
    <>
      {items.map((item) => {
        if (typeof item === 'number') {
          const at = ctx.position.get(item);
          const step = ctx.whole.steps[item];
          if (at === undefined) {
            return <StepItem key={step.id} step={step} state="other" href={ctx.stepHref(step.id)} onSelect={ctx.onSelect} onOpenStep={ctx.tree.openStep} />;
          }
          if (at < ctx.first || at > ctx.last) return null;
          return (
            <StepItem
              key={step.id}
              step={step}
              number={at + 1}
              state={at === ctx.index ? 'current' : at < ctx.index ? 'done' : 'upcoming'}
              href={ctx.hrefs[at]}
              onSelect={ctx.onSelect}
              currentRef={at === ctx.index ? ctx.currentRef : undefined}
            />
          );
        }
        const fork = item.kind === 'loop' ? undefined : forksOf(ctx.whole).find((f) => f.id === item.id);
        const chosen = fork ? ctx.tree.choices[fork.id] ?? 0 : 0;
        return (
          <li key={`${item.kind}:${item.id ?? item.label}`} className={`step-block step-block--${item.kind}`}>
            <p className="step-block-label"><span className="step-block-kind">{BLOCK_NAMES[item.kind]}</span> {item.label}</p>
            {item.kind === 'loop' ? (
              <ol>
                <OutlineItems items={item.branches[0].items} ctx={ctx} />
              </ol>
            ) : (
              <ul className="step-branches">
                {fork!.options.map((option, i) => {
                  const branch = item.kind === 'alt' ? item.branches[i] : i === 0 ? item.branches[0] : undefined;
                  return (
                    <li key={option.token} className={`step-branch${i === chosen ? ' is-chosen' : ''}`}>
                      <button type="button" className="step-branch-choice" aria-pressed={i === chosen} onClick={() => ctx.tree.choose(fork!.id, i)}>
                        {item.kind === 'opt' ? (i === 0 ? 'Happens' : 'Skipped') : option.label}
                        {option.ends && <span className="step-kind" title="The flow ends after this outcome">ends</span>}
                      </button>
                      {branch && (
                        <ol>
                          <OutlineItems items={branch.items} ctx={ctx} />
                        </ol>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </>
  );
}

interface ItemProps {
  step: Step;
  /** Its number on the chosen path; none for a step of another outcome. */
  number?: number;
  state: 'current' | 'done' | 'upcoming' | 'other';
  href: string;
  onSelect: (index: number) => void;
  /** A step of another outcome: opened by id, its outcome becoming the chosen one. */
  onOpenStep?: (stepId: string) => void;
  currentRef?: RefObject<HTMLAnchorElement | null>;
}

// One memoised item per step: a step change re-renders the two items whose state changed, not the whole list (a flow
// can have hundreds of steps).
const StepItem = memo(function StepItem({ step, number, state, href, onSelect, onOpenStep, currentRef }: ItemProps) {
  return (
    <li className={state === 'current' ? 'is-current' : state === 'done' ? 'is-done' : state === 'other' ? 'is-other' : undefined}>
      <a
        ref={currentRef}
        href={href}
        aria-current={state === 'current' ? 'step' : undefined}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          if (number === undefined) onOpenStep?.(step.id);
          else onSelect(number - 1);
        }}
        title={state === 'other' ? 'In another outcome: opens it' : undefined}
      >
        <span className="step-number">{number ?? '–'}</span>
        <span className="step-label">{step.label}</span>
        {step.kind === 'self' && <span className="step-kind" title="Work inside one participant">self</span>}
        {step.kind === 'async' && <span className="step-kind" title="Asynchronous message">async</span>}
      </a>
    </li>
  );
});
