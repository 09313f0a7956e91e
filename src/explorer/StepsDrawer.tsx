import type { ReactNode } from 'react';
import { useModalDialog } from '../app/useModalDialog';
import { Icon } from '../player/Icon';

/** The step list on tablets and phones: a modal drawer from the side, so the stage keeps the screen. */
export function StepsDrawer({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  const dialog = useModalDialog(open, onClose);
  return (
    <dialog {...dialog} className="steps-drawer" aria-label="Steps" onClick={(event) => event.target === dialog.ref.current && onClose()}>
      <div className="steps-drawer-header">
        <h2 className="panel-heading">Steps</h2>
        <button type="button" className="icon-button" aria-label="Close steps" onClick={onClose}><Icon name="close" /></button>
      </div>
      {children}
    </dialog>
  );
}
