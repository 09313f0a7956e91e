import { lazy, memo, Suspense } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { FlowCanvas } from '../canvas/FlowCanvas';
import type { FlowLayout } from '../flow/layout';
import type { Flow } from '../flow/schema';
import { commands, type CommandContext } from '../player/commands';
import { CommandButton } from '../player/CommandButton';

// The sequence view and Mermaid behind it are downloaded only when a reader first asks for them.
const SequenceView = lazy(() => import('../sequence/SequenceView'));

/** Where the stage is shown: the explorer page, a docs page's frame, or presenter mode (which has its own controls). */
export type StageMode = 'page' | 'embed' | 'present';

interface Props {
  flow: Flow;
  layout: FlowLayout;
  index: number;
  first: number;
  last: number;
  view: 'canvas' | 'sequence';
  goTo: (index: number) => void;
  /** Opens a step of another outcome (the sequence view shows them all). */
  openStep?: (stepId: string) => void;
  context: CommandContext;
  mode?: StageMode;
}

// The presenter's title and control pill float over the top of the stage. (Embeds and presenter mode put the
// camera button in their own control bars, so nothing else covers their small stages.)
const PRESENTER_INSETS = { top: 72, right: 0, bottom: 0, left: 0 };
// With the speaker notes open on the one screen, the step is framed in the room left of them.
const PRESENTER_NOTES_INSETS = { ...PRESENTER_INSETS, right: 452 };

export function CameraButton({ context, className = 'canvas-tool canvas-tool--text', iconOnly = false }: { context: CommandContext; className?: string; iconOnly?: boolean }) {
  return <CommandButton command={commands.camera} context={context} icon={commands.camera.label(context) === 'Whole flow' ? 'whole' : 'follow'} showLabel={!iconOnly} className={className} />;
}

/** The diagram or the sequence view. Memoised: the page re-renders it only when what it shows has changed. */
export const FlowStage = memo(function FlowStage({ flow, layout, index, first, last, view, goTo, openStep, context, mode = 'page' }: Props) {
  if (view === 'canvas') {
    return (
      <ErrorBoundary what="The diagram">
        <FlowCanvas
          flow={flow}
          layout={layout}
          index={index}
          presenting={mode === 'present'}
          embedded={mode === 'embed'}
          toolbar={mode === 'page' ? <CameraButton context={context} /> : undefined}
          insets={mode !== 'present' ? undefined : context.notesOpen ? PRESENTER_NOTES_INSETS : PRESENTER_INSETS}
        />
      </ErrorBoundary>
    );
  }
  return (
    <ErrorBoundary what="The sequence diagram">
      <Suspense fallback={<p className="sequence-loading">Loading the sequence view…</p>}>
        <SequenceView flow={flow} index={index} first={first} last={last} onSelect={goTo} openStep={openStep} />
      </Suspense>
    </ErrorBoundary>
  );
});

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
