import { useModalDialog } from '../app/useModalDialog';
import { commandsFor, keyLabelFor, type CommandContext } from '../player/commands';

/** The shortcut list, read from the same registry that handles the keys. */
export function ShortcutHelp({ open, context, onClose }: { open: boolean; context: CommandContext; onClose: () => void }) {
  const dialog = useModalDialog(open, onClose);
  return (
    <dialog {...dialog} className="shortcut-help" aria-labelledby="shortcut-help-title">
      {/* Its rows name the current state (Play or Pause, …): built only while shown, not on every step. */}
      {open && (
        <>
          <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
          <table>
            <tbody>
              {commandsFor(context.presenting).map((command) => (
                <tr key={command.id}>
                  <td><kbd>{keyLabelFor(command, context.presenting)}</kbd></td>
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
