import { lazy, Suspense } from 'react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import type { Flow } from '../flow/schema';

// The sequence view and Mermaid behind it are downloaded only when a reader first asks for them.
const SequenceView = lazy(() => import('../sequence/SequenceView'));

interface Props {
  flow: Flow;
  index: number;
  first: number;
  last: number;
  view: 'canvas' | 'sequence';
  goTo: (index: number) => void;
}

export function FlowStage({ flow, index, first, last, view, goTo }: Props) {
  if (view === 'canvas') return <FlowCanvas flow={flow} index={index} />;
  return (
    <Suspense fallback={<p className="sequence-loading">Loading the sequence view…</p>}>
      <SequenceView flow={flow} index={index} first={first} last={last} onSelect={goTo} />
    </Suspense>
  );
}

export function ViewSwitch({ view, setView }: { view: 'canvas' | 'sequence'; setView: (view: 'canvas' | 'sequence') => void }) {
  return (
    <div className="view-switch" role="group" aria-label="View">
      {(['canvas', 'sequence'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} title={`Show as ${v === 'canvas' ? 'canvas' : 'sequence diagram'} (V)`}>
          {v === 'canvas' ? 'Canvas' : 'Sequence'}
        </button>
      ))}
    </div>
  );
}
