import { commands, type CommandContext } from './commands';
import { CommandButton } from './CommandButton';
import { PlaybackProgress } from './PlaybackProgress';
import { SPEEDS, usePlayerStore, type Speed } from './playerStore';

interface Props {
  context: CommandContext;
  /** The current step's dwell at 1×, for the time-left indicator while playing. */
  dwellMs: number;
  stepId: string;
  id?: string;
}

export function Controls({ context, dwellMs, stepId, id }: Props) {
  const speed = usePlayerStore((s) => s.speed);
  const setSpeed = usePlayerStore((s) => s.setSpeed);
  return (
    <div className="controls" role="toolbar" aria-label="Step controls" id={id}>
      <CommandButton command={commands.first} context={context} icon="first" />
      <CommandButton command={commands.previous} context={context} icon="previous" />
      <CommandButton command={commands.play} context={context} icon={context.playing ? 'pause' : 'play'} className="control-button control-button--primary" />
      <CommandButton command={commands.next} context={context} icon="next" />
      <CommandButton command={commands.last} context={context} icon="last" />
      <CommandButton command={commands.loop} context={context} icon="loop" className="control-button control-button--toggle" />
      <label className="speed">
        <span className="speed-label">Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>{s}×</option>
          ))}
        </select>
      </label>
      <PlaybackProgress dwellMs={dwellMs} stepId={stepId} />
    </div>
  );
}
