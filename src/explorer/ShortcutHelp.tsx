import { useRef } from 'react';
import { useModalDialog } from '../app/useModalDialog';
import { commandsFor, keyLabelFor, type CommandContext } from '../player/commands';

/** The shortcut list, read from the same registry that handles the keys. */
export function ShortcutHelp({ open, context, onClose }: { open: boolean; context: CommandContext; onClose: () => void }) {
  // The title takes the focus, not Close: on a short screen (a docs iframe) the list would open scrolled to its end.
  const title = useRef<HTMLHeadingElement>(null);
  const dialog = useModalDialog(open, onClose, title);
  return (
    <dialog {...dialog} className="shortcut-help" aria-labelledby="shortcut-help-title">
      {/* Its rows name the current state (Play or Pause, …): built only while shown, not on every step. */}
      {open && (
        <>
          <h2 id="shortcut-help-title" ref={title} tabIndex={-1}>Keyboard shortcuts</h2>
          <table>
            <tbody>
              {commandsFor(context.presenting).map((command) => (
                <tr key={command.id}>
                  <td><Keys label={keyLabelFor(command, context.presenting)} /></td>
                  <td>{command.help ?? command.label(context)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="shortcut-note">Keys are ignored while you type in a field; Space and Enter on a focused button press that button.</p>
          <form method="dialog">
            <button type="submit" className="text-button">Close</button>
          </form>
        </>
      )}
    </dialog>
  );
}

/** "← / PgUp" as one key cap per key, so a narrow screen wraps between keys, never inside one. */
function Keys({ label }: { label: string }) {
  return label.split(/( \/ | or )/).map((part, i) => (i % 2 ? <span key={i}>{part}</span> : <kbd key={i}>{part}</kbd>));
}
