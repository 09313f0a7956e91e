import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react';

/**
 * A native `<dialog>` shown as modal while `open` (focus kept inside, Esc closes, the page behind inert). Spread the
 * result on the dialog: its `onClose` tells the owner the browser closed it. `initialFocus` takes the focus once shown
 * instead of the first control (for a long dialog, its title: focusing a button at its end would scroll it there).
 */
export function useModalDialog(open: boolean, onClose: () => void, initialFocus?: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal?.();
      initialFocus?.current?.focus();
    }
    if (!open && d.open) d.close();
  }, [open, initialFocus]);
  // The close event comes a task after the dialog closed: a key that opened it again in between (Esc, then at once
  // ⌘K) would otherwise have it shut by its own earlier close.
  return { ref, onClose: (event: SyntheticEvent<HTMLDialogElement>) => !event.currentTarget.open && onClose() };
}
