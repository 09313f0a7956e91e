import { onThisPath } from '../flow/branches';
import { useEffect, useState } from 'react';
import { Markdown } from '../details/Markdown';
import { useExplorer, type ExplorerProps } from '../explorer/useExplorer';
import { commands } from '../player/commands';
import { CommandButton } from '../player/CommandButton';
import { PlaybackProgress } from '../player/PlaybackProgress';
import type { Flow } from '../flow/schema';
import { usePresenterSync } from './presenterChannel';
import { useSpeakerNotes } from './useSpeakerNotes';
import './present.css';
import './speaker.css';
import { participantName } from '../flow/participantName';

const clockTime = (date: Date) => date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
function elapsedTime(ms: number) {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The wall clock and the time since the talk started (reset by the presenter), ticking once a second. */
function Clocks() {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="speaker-clocks">
      <p><span className="speaker-clock-label">Time</span> <time className="speaker-clock">{clockTime(new Date(now))}</time></p>
      <p>
        <span className="speaker-clock-label">Elapsed</span> <span className="speaker-clock" role="timer" aria-label={`Elapsed ${elapsedTime(now - started)}`}>{elapsedTime(now - started)}</span>
        <button type="button" className="text-button speaker-reset" onClick={() => { setStarted(Date.now()); setNow(Date.now()); }}>Reset</button>
      </p>
    </div>
  );
}

function StepSummary({ flow, index, heading }: { flow: Flow; index: number; heading: string }) {
  const step = flow.steps[index];
  const name = (id: string) => participantName(flow, id);
  return (
    <>
      <h2 className="speaker-heading">{heading}</h2>
      <p className="speaker-step-label"><span className="speaker-step-number">{index + 1}</span> {step.label}</p>
      <p className="speaker-step-route">
        {step.from === step.to ? name(step.from) : `${name(step.from)} → ${name(step.to)}`}
        {step.endpoint && <code>{` ${step.endpoint.method} ${step.endpoint.path}`}</code>}
      </p>
    </>
  );
}

/**
 * `&speaker=1`: the presenter window, the presenter's own, on the laptop while the projector shows presenter mode. The current and
 * the next step, the speaker notes, a clock and the elapsed time; stepping here moves the audience's window and
 * stepping there moves this one.
 */
export function SpeakerView(props: ExplorerProps) {
  const { flow, index, last, goTo } = props;
  const { context, step, dwellMs } = useExplorer(props);
  const notes = useSpeakerNotes(props.loadNotes);
  usePresenterSync(flow, step.id, goTo);

  return (
    <div className="speaker">
      <header className="speaker-header">
        <h1 className="speaker-title"><span className="speaker-kicker">Presenter window</span> {flow.title}</h1>
        <Clocks />
      </header>
      <main className="speaker-main">
        <div className="speaker-body">
          <section className="speaker-now" aria-label="Current step">
            <StepSummary flow={flow} index={index} heading={`Now · step ${index + 1} of ${flow.steps.length}${onThisPath(flow)}`} />
            <div className="speaker-notes" aria-label="Speaker notes" role="region">
              {notes === undefined ? <p className="empty">Loading the notes…</p> : notes[step.id] ? <Markdown source={notes[step.id]} /> : <p className="empty">No notes for this step.</p>}
            </div>
          </section>
          <section className="speaker-next" aria-label="Next step">
            {index < last ? <StepSummary flow={flow} index={index + 1} heading="Next" /> : <><h2 className="speaker-heading">Next</h2><p className="empty">End of the flow.</p></>}
          </section>
        </div>
        <div className="speaker-controls" role="toolbar" aria-label="Step controls">
          <CommandButton command={commands.previous} context={context} icon="previous" className="pill-button" />
          <CommandButton command={commands.play} context={context} icon={context.playing ? 'pause' : 'play'} className="pill-button pill-button--primary" />
          <CommandButton command={commands.next} context={context} icon="next" className="pill-button" />
          <PlaybackProgress dwellMs={dwellMs} stepId={step.id} />
          <p className="speaker-status" role="status" aria-live="polite" aria-atomic="true">
            Step {index + 1} of {flow.steps.length}{onThisPath(flow)}: {step.label}
          </p>
        </div>
      </main>
    </div>
  );
}
