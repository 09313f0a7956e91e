import type { Command, CommandContext } from './commands';
import { Icon, type IconName } from './Icon';

interface Props {
  command: Command;
  context: CommandContext;
  icon?: IconName;
  /** Show the label next to the icon (otherwise it is the accessible name and tooltip only). */
  showLabel?: boolean;
  className?: string;
}

export function CommandButton({ command, context, icon, showLabel = false, className }: Props) {
  const label = command.label(context);
  const key = command.keyLabel ?? command.keys[0];
  return (
    <button
      type="button"
      className={className ?? 'control-button'}
      aria-label={showLabel ? undefined : label}
      title={`${label} (${key})`}
      aria-keyshortcuts={command.keys[0] === ' ' ? 'Space' : command.keys[0]}
      disabled={command.disabled?.(context)}
      onClick={() => command.run(context)}
    >
      {icon && <Icon name={icon} />}
      {showLabel && <span>{label}</span>}
    </button>
  );
}
