import { useEffect, useRef } from 'react';

/** A native `<dialog>` shown as modal while `open` (focus kept inside, Esc closes, the page behind inert). */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
