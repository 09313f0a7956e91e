import type { Command, CommandContext } from './commands';
import { Icon, type IconName } from './Icon';

interface Props {
  command: Command;
  context: CommandContext;
  icon?: IconName;
  /** Show the label next to the icon (otherwise it is the accessible name and tooltip only). */
  showLabel?: boolean;
  className?: string;
  /** A short confirmation shown on the button itself ("Copied"), right where the reader looked. */
  feedback?: string;
}

/**
 * A button for a registered command. When the command is unavailable the button says so with aria-disabled and
 * stays focusable, so focus is never thrown back to the page when the last step is reached.
 */
export function CommandButton({ command, context, icon, showLabel = false, className, feedback }: Props) {
  const label = command.label(context);
  const key = command.keyLabel ?? command.keys[0];
  const disabled = command.disabled?.(context) ?? false;
  return (
    <button
      type="button"
      className={className ?? 'control-button'}
      aria-label={showLabel ? undefined : label}
      title={`${label} (${key})`}
      aria-keyshortcuts={command.keys[0] === ' ' ? 'Space' : command.keys[0].length === 1 ? command.keys[0].toUpperCase() : command.keys[0]}
      aria-disabled={disabled || undefined}
      aria-pressed={command.pressed?.(context)}
      data-command={command.id}
      onClick={() => {
        if (!disabled) command.run(context);
      }}
    >
      {icon && <Icon name={icon} />}
      {showLabel && <span className="button-label">{label}</span>}
      {feedback && <span className="button-feedback" aria-hidden="true">{feedback}</span>}
    </button>
  );
}
