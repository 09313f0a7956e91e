import { commands, type CommandContext } from './commands';
import { CommandButton } from './CommandButton';
import { SPEEDS, usePlayerStore, type Speed } from './playerStore';

export function Controls({ context, id }: { context: CommandContext; id?: string }) {
  const speed = usePlayerStore((s) => s.speed);
  const setSpeed = usePlayerStore((s) => s.setSpeed);
  return (
    <div className="controls" role="toolbar" aria-label="Step controls" id={id}>
      <CommandButton command={commands.first} context={context} icon="first" />
      <CommandButton command={commands.previous} context={context} icon="previous" />
      <CommandButton command={commands.play} context={context} icon={context.playing ? 'pause' : 'play'} className="control-button control-button--primary" />
      <CommandButton command={commands.next} context={context} icon="next" />
      <CommandButton command={commands.last} context={context} icon="last" />
      <label className="speed">
        <span className="speed-label">Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>{s}×</option>
          ))}
        </select>
      </label>
    </div>
  );
}
