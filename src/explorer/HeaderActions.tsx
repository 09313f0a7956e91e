import { useEffect, useId, useRef, useState } from 'react';
import { commands, type CommandContext, type CommandId } from '../player/commands';
import { CommandButton } from '../player/CommandButton';
import { Icon, type IconName } from '../player/Icon';
import type { Feedback } from './useExplorer';

// `iconBelow`: the width under which the row shows the action as its icon alone, so the flow's title keeps its room.
const ACTIONS: { id: CommandId; icon: IconName; iconBelow: 'compact' | 'narrow' }[] = [
  { id: 'present', icon: 'present', iconBelow: 'narrow' },
  { id: 'copyLink', icon: 'link', iconBelow: 'compact' },
  { id: 'copyMermaid', icon: 'mermaid', iconBelow: 'compact' },
  { id: 'embed', icon: 'embed', iconBelow: 'compact' },
];

/**
 * The flow page's actions: in a row on wide screens, behind a "More" button on tablets and phones. Both read the
 * command registry, and a copy's confirmation shows on the button that was pressed (or on "More" while it is closed).
 */
export function HeaderActions({ context, feedback }: { context: CommandContext; feedback?: Feedback }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const shown = (id: CommandId) => (feedback?.command === id ? feedback.text : undefined);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    root.current?.addEventListener('keydown', onKey);
    const el = root.current;
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      el?.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const button = (id: CommandId, icon: IconName, className: string) => (
    <CommandButton key={id} command={commands[id]} context={context} icon={icon} showLabel className={className} feedback={shown(id)} />
  );

  return (
    <div className="header-actions" ref={root}>
      <div className="header-actions-row">
        {ACTIONS.map(({ id, icon, iconBelow }) => button(id, icon, `text-button header-action--${iconBelow}`))}
        <CommandButton command={commands.help} context={context} icon="keyboard" className="icon-button" />
      </div>
      <div className="header-actions-menu">
        <button
          ref={toggle}
          type="button"
          className="icon-button"
          aria-label="More actions"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}
        >
          <Icon name="more" />
          {!open && feedback && <span className="button-feedback" aria-hidden="true">{feedback.text}</span>}
        </button>
        <div id={menuId} className="menu-panel" hidden={!open} onClick={(event) => (event.target as Element).closest('button') && setOpen(false)}>
          {ACTIONS.map(({ id, icon }) => button(id, icon, 'menu-item'))}
          {button('help', 'keyboard', 'menu-item')}
        </div>
      </div>
    </div>
  );
}
