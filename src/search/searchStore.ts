import { create } from 'zustand';

/** Whether the search palette is open: not in the URL, as a palette is a moment, not a page to link to. */
interface SearchState {
  open: boolean;
  /** The palette has been opened once: its code stays loaded (and its last query kept) from then on. */
  used: boolean;
  /** The palette's code has arrived and its field has focus. */
  ready: boolean;
  /** What was typed between opening and the palette's arrival, so a fast typist loses nothing. */
  typed: string;
  openSearch: () => void;
  closeSearch: () => void;
}

export const useSearchStore = create<SearchState>()((set) => ({
  open: false,
  used: false,
  ready: false,
  typed: '',
  openSearch: () => set({ open: true, used: true }),
  closeSearch: () => set({ open: false }),
}));
