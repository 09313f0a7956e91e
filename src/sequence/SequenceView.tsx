import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { scrollWithin } from '../app/scrollWithin';
import { sourceOf } from '../flow/branches';
import type { Flow } from '../flow/schema';
import { renderSequence } from './renderSequence';
import './sequence.css';

interface Props {
  flow: Flow;
  index: number;
  first: number;
  last: number;
  onSelect: (index: number) => void;
  /** Opens a step of another outcome (by id): its outcome becomes the chosen one. */
  openStep?: (stepId: string) => void;
}

type State = { status: 'loading' } | { status: 'ready'; svg: string } | { status: 'error'; message: string };

// Mermaid draws each message as its text (one element per wrapped line) followed by its line (a path for a self
// message), in message order; the autonumber labels come separately, one per message.
const LINES = '.messageLine0, .messageLine1';
const PARTS = `.messageText, ${LINES}`;
const NUMBERS = '.sequenceNumber';

/**
 * Tags every part of the diagram with the step it draws (its index in the whole flow), so highlighting and clicks
 * need no geometry. Each message's first text line becomes a focusable button named after its step, so the diagram
 * works from the keyboard. Messages of outcomes not chosen are dimmed and numbered by nothing; the others carry their
 * number on the chosen path, as the canvas and the step list do.
 */
function tagSteps(root: Element, flow: Flow, index: number, first: number, last: number) {
  const { flow: whole, path } = sourceOf(flow);
  const position = new Map(path.map((stepIndex, i) => [stepIndex, i]));
  const current = path[index];
  const mark = (el: Element, i: number) => {
    const at = position.get(i);
    el.setAttribute('data-step', String(i));
    el.classList.toggle('is-current', i === current);
    el.classList.toggle('is-other', at === undefined);
    el.classList.toggle('is-outside', at !== undefined && (at < first || at > last));
  };
  let step = 0;
  let named = -1;
  root.querySelectorAll(PARTS).forEach((el) => {
    mark(el, step);
    if (el.matches('.messageText') && named !== step) {
      named = step;
      const at = position.get(step);
      const inRange = at === undefined || (at >= first && at <= last);
      el.setAttribute('role', 'button');
      // Named after what it shows (all its wrapped lines), so the name contains the visible text.
      const lines = [...root.querySelectorAll(`.messageText[data-step="${step}"]`)].map((line) => line.textContent?.trim()).join(' ');
      const text = lines || whole.steps[step]?.label || '';
      el.setAttribute('aria-label', at === undefined ? `In another outcome: ${text}` : `Step ${at + 1}: ${text}`);
      if (inRange) el.setAttribute('tabindex', '0');
      else el.removeAttribute('tabindex');
      if (step === current) el.setAttribute('aria-current', 'step');
      else el.removeAttribute('aria-current');
    }
    if (el.matches(LINES)) step++;
  });
  root.querySelectorAll(NUMBERS).forEach((el, i) => {
    mark(el, i);
    // Mermaid numbers every message in file order; a reader counts the chosen path.
    if (whole !== flow) el.textContent = position.has(i) ? String(position.get(i)! + 1) : '–';
  });
}

/** The screen box of everything drawn for one step: its text and its arrow, from one lifeline to the other. */
function stepBox(root: Element, index: number): DOMRect | undefined {
  const rects = [...root.querySelectorAll(`[data-step="${index}"]`)].map((el) => el.getBoundingClientRect()).filter((r) => r.width || r.height);
  if (rects.length === 0) return undefined;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return new DOMRect(left, top, Math.max(...rects.map((r) => r.right)) - left, Math.max(...rects.map((r) => r.bottom)) - top);
}

/**
 * The flow as a Mermaid sequence diagram. It is drawn once per flow; a step change only moves the highlight, so
 * stepping stays as cheap as on the canvas.
 */
export default function SequenceView({ flow, index, first, last, onSelect, openStep }: Props) {
  // Drawn from the whole flow, every outcome in its block: choosing another outcome only moves the highlight.
  const whole = sourceOf(flow).flow;
  const [state, setState] = useState<State>({ status: 'loading' });
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    renderSequence(whole).then(
      (svg) => current && setState({ status: 'ready', svg }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [whole]);

  useLayoutEffect(() => {
    const root = host.current;
    if (!root || state.status !== 'ready') return;
    const svg = root.querySelector('svg');
    // Fit the container, but never shrink below three quarters of Mermaid's size: past that the view scrolls instead.
    const natural = svg ? parseFloat(svg.style.maxWidth) : NaN;
    if (svg && Number.isFinite(natural)) {
      svg.style.width = '100%';
      svg.style.minWidth = `${Math.round(natural * 0.75)}px`;
    }
    tagSteps(root, flow, index, first, last);
    // Centre the current message in this view only; never scroll the page (or the docs page around an embed).
    const box = stepBox(root, sourceOf(flow).path[index]);
    if (box) scrollWithin(root, box, 'center');
  }, [state, flow, index, first, last]);

  const select = (target: Element) => {
    const step = target.closest('[data-step]')?.getAttribute('data-step');
    if (step === null || step === undefined) return;
    const i = Number(step);
    const at = sourceOf(flow).path.indexOf(i);
    if (at < 0) openStep?.(whole.steps[i].id);
    else if (at >= first && at <= last) onSelect(at);
  };

  if (state.status === 'error') {
    return (
      <div className="sequence-view sequence-view--error" role="alert">
        <p><strong>The sequence diagram could not be drawn.</strong></p>
        <p>{state.message}</p>
        <p>The canvas view and the step details still work.</p>
      </div>
    );
  }
  return (
    <div
      ref={host}
      className="sequence-view"
      aria-busy={state.status === 'loading'}
      aria-label={`Sequence diagram of ${flow.title}`}
      role="region"
      onClick={(event) => select(event.target as Element)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        if (!(event.target as Element).matches('[data-step][role="button"]')) return;
        event.preventDefault();
        select(event.target as Element);
      }}
    >
      {state.status === 'loading' ? (
        <p className="sequence-loading">Drawing the sequence diagram…</p>
      ) : (
        // Mermaid's own output, sanitised by it (securityLevel strict); labels reach it entity-escaped by toMermaid.
        <div className="sequence-svg" dangerouslySetInnerHTML={{ __html: state.svg }} />
      )}
    </div>
  );
}
