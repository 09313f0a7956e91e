import { lazy, Suspense } from 'react';
import { FlowCanvas } from '../canvas/FlowCanvas';
import type { FlowLayout } from '../flow/layout';
import type { Flow } from '../flow/schema';
import { commands, type CommandContext } from '../player/commands';
import { CommandButton } from '../player/CommandButton';

// The sequence view and Mermaid behind it are downloaded only when a reader first asks for them.
const SequenceView = lazy(() => import('../sequence/SequenceView'));

interface Props {
  flow: Flow;
  layout: FlowLayout;
  index: number;
  first: number;
  last: number;
  view: 'canvas' | 'sequence';
  goTo: (index: number) => void;
  context: CommandContext;
  presenting?: boolean;
  embedded?: boolean;
}

export function FlowStage({ flow, layout, index, first, last, view, goTo, context, presenting, embedded }: Props) {
  if (view === 'canvas') {
    const camera = <CommandButton command={commands.camera} context={context} icon={commands.camera.label(context) === 'Whole flow' ? 'whole' : 'follow'} showLabel className="canvas-tool canvas-tool--text" />;
    return <FlowCanvas flow={flow} layout={layout} index={index} presenting={presenting} embedded={embedded} toolbar={camera} />;
  }
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
