import { onThisPath } from '../flow/branches';
import { useEffect, useState } from 'react';
import { FlowStage, CameraButton } from '../explorer/FlowStage';
import { ShortcutHelp } from '../explorer/ShortcutHelp';
import { useExplorer, type ExplorerProps } from '../explorer/useExplorer';
import { commands } from '../player/commands';
import { CommandButton } from '../player/CommandButton';
import { ForkSelect } from '../player/ForkChooser';
import { Icon } from '../player/Icon';
import { PlaybackProgress } from '../player/PlaybackProgress';
import { Markdown } from '../details/Markdown';
import { usePresenterSync } from './presenterChannel';
import { useSpeakerNotes } from './useSpeakerNotes';
import { LazyTourBar } from '../tours/LazyTourBar';
import { enterFullscreen, useLeaveWithFullscreen } from './fullscreen';
import { StepCaption } from './StepCaption';
import './present.css';

function useIsFullscreen() {
  const [fullscreen, setFullscreen] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return fullscreen;
}

/**
 * `&present=1`: the stage fills the screen for an onboarding session on a projector — names at least 18 px, a large
 * caption, a floating control pill, clicker keys (→ PgDn Space, ← PgUp), Esc to leave.
 */
export function PresenterExplorer(props: ExplorerProps) {
  const { flow, layout, index, first, last, goTo, setPresent } = props;
  const { context, step, view, dwellMs, helpOpen, closeHelp } = useExplorer(props);
  const notes = useSpeakerNotes(props.loadNotes);
  // The presenter window in another window steps this one, and this one steps it.
  usePresenterSync(flow, step.id, goTo);
  const fullscreen = useIsFullscreen();
  useLeaveWithFullscreen(() => setPresent(false));

  return (
    <div className="presenter">
      <main className="presenter-stage" aria-label="Flow">
        <h1 className="presenter-title">{flow.title}</h1>
        <FlowStage flow={flow} layout={layout} index={index} first={first} last={last} view={view} goTo={goTo} openStep={props.openStep} context={context} mode="present" />
        <div className="presenter-pill" role="toolbar" aria-label="Step controls">
          <CommandButton command={commands.previous} context={context} icon="previous" className="pill-button" />
          <CommandButton command={commands.play} context={context} icon={context.playing ? 'pause' : 'play'} className="pill-button pill-button--primary" />
          <CommandButton command={commands.next} context={context} icon="next" className="pill-button" />
          <ForkSelect context={context} className="fork-select--present" />
          <PlaybackProgress dwellMs={dwellMs} stepId={step.id} />
          {view === 'canvas' && <CameraButton context={context} className="pill-button pill-button--text" />}
          <CommandButton command={commands.notes} context={context} icon="notes" className="pill-button" />
          <CommandButton command={commands.speakerView} context={context} icon="speaker" className="pill-button" />
          {!fullscreen && typeof document.documentElement.requestFullscreen === 'function' && (
            <button type="button" className="pill-button" aria-label="Full screen" title="Full screen" onClick={enterFullscreen}>
              <Icon name="whole" />
            </button>
          )}
          <CommandButton command={commands.present} context={context} icon="close" className="pill-button" />
        </div>
        <LazyTourBar tourId={props.search.tour} flowId={flow.id} stepId={step.id} atEnd={index === last} present className="tour-bar tour-bar--presenting" />
        {context.notesOpen && (
          <aside className="notes-drawer" aria-label="Speaker notes">
            <h2 className="notes-drawer-title">Notes · step {index + 1}</h2>
            {notes === undefined ? <p className="empty">Loading the notes…</p> : notes[step.id] ? <Markdown source={notes[step.id]} /> : <p className="empty">No notes for this step.</p>}
          </aside>
        )}
      </main>
      <StepCaption flow={flow} index={index} first={first} last={last} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        Step {index + 1} of {flow.steps.length}{onThisPath(flow)}: {step.label}
      </p>
      <ShortcutHelp open={helpOpen} context={context} onClose={closeHelp} />
    </div>
  );
}
