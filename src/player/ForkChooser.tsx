import './branches.css';
import type { CommandContext } from './commands';

type ChooserContext = Pick<CommandContext, 'fork' | 'chosen' | 'choose'>;

const optionText = (kind: 'alt' | 'opt', label: string, i: number) => (kind === 'opt' ? (i === 0 ? 'Happens' : 'Skipped') : label);

/**
 * At a fork (right before it, or inside one of its outcomes): what decides it and one button per outcome, the chosen
 * one pressed. Choosing keeps the choice in the URL (`&path=`), so the link shows the same outcome.
 */
export function ForkChooser({ context, className }: { context: ChooserContext; className?: string }) {
  const { fork, chosen, choose } = context;
  if (!fork) return null;
  return (
    <div className={`fork-chooser${className ? ` ${className}` : ''}`} role="group" aria-label={`Outcome: ${fork.label}`}>
      <span className="fork-chooser-label" aria-hidden="true">{fork.kind === 'opt' ? 'Optional' : 'Outcome'}: {fork.label}</span>
      {fork.options.map((option, i) => (
        <button key={option.token} type="button" aria-pressed={i === chosen} onClick={() => choose(fork.id, i)} title={i === chosen ? undefined : 'Show this outcome (O)'}>
          {optionText(fork.kind, option.label, i)}
          {option.ends && <span className="fork-chooser-ends"> · ends</span>}
        </button>
      ))}
    </div>
  );
}

/**
 * The same choice as one select, for a control bar: in a docs frame or on a projector the stage keeps all its height
 * (a row of buttons would take it from the diagram).
 */
export function ForkSelect({ context, className }: { context: ChooserContext; className?: string }) {
  const { fork, chosen, choose } = context;
  if (!fork) return null;
  return (
    <select
      className={`fork-select${className ? ` ${className}` : ''}`}
      aria-label={`Outcome: ${fork.label}`}
      title={`${fork.label} (O: next outcome)`}
      value={chosen}
      onChange={(event) => choose(fork.id, Number(event.target.value))}
    >
      {fork.options.map((option, i) => (
        <option key={option.token} value={i}>
          {optionText(fork.kind, option.label, i)}
          {option.ends ? ' · ends' : ''}
        </option>
      ))}
    </select>
  );
}
