import { useEffect, useRef, type SyntheticEvent } from 'react';

/**
 * A native `<dialog>` shown as modal while `open` (focus kept inside, Esc closes, the page behind inert). Spread the
 * result on the dialog: its `onClose` tells the owner the browser closed it.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  // The close event comes a task after the dialog closed: a key that opened it again in between (Esc, then at once
  // ⌘K) would otherwise have it shut by its own earlier close.
  return { ref, onClose: (event: SyntheticEvent<HTMLDialogElement>) => !event.currentTarget.open && onClose() };
}
