import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Flow } from '../flow/schema';
import { renderSequence } from './renderSequence';
import './sequence.css';

interface Props {
  flow: Flow;
  index: number;
  first: number;
  last: number;
  onSelect: (index: number) => void;
}

type State = { status: 'loading' } | { status: 'ready'; svg: string } | { status: 'error'; message: string };

// Mermaid draws each message as its text (one element per wrapped line) followed by its line (a path for a self
// message), in message order; the autonumber labels come separately, one per message.
const LINES = '.messageLine0, .messageLine1';
const PARTS = `.messageText, ${LINES}`;
const NUMBERS = '.sequenceNumber';

/** Tags every part of the diagram with the step it draws, so highlighting and clicks need no geometry. */
function tagSteps(root: Element, index: number, first: number, last: number) {
  const mark = (el: Element, i: number) => {
    el.setAttribute('data-step', String(i));
    el.classList.toggle('is-current', i === index);
    el.classList.toggle('is-outside', i < first || i > last);
  };
  let step = 0;
  root.querySelectorAll(PARTS).forEach((el) => {
    mark(el, step);
    if (el.matches(LINES)) step++;
  });
  root.querySelectorAll(NUMBERS).forEach((el, i) => mark(el, i));
}

/**
 * The flow as a Mermaid sequence diagram. It is drawn once per flow; a step change only moves the highlight, so
 * stepping stays as cheap as on the canvas.
 */
export default function SequenceView({ flow, index, first, last, onSelect }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    renderSequence(flow).then(
      (svg) => current && setState({ status: 'ready', svg }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [flow]);

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
    tagSteps(root, index, first, last);
    root.querySelector(`.messageText[data-step="${index}"]`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [state, index, first, last]);

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
      onClick={(event) => {
        const step = (event.target as Element).closest('[data-step]')?.getAttribute('data-step');
        if (step === null || step === undefined) return;
        const i = Number(step);
        if (i >= first && i <= last) onSelect(i);
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
