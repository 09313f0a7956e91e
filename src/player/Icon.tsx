// Filled glyphs for the playback controls, stroked line icons for everything else.
const FILLED = {
  first: 'M6 5v14M18 6l-8 6 8 6z',
  previous: 'M17 6l-9 6 9 6z',
  play: 'M7 5l12 7-12 7z',
  pause: 'M6.5 5h3.5v14H6.5zM14 5h3.5v14H14z',
  next: 'M7 6l9 6-9 6z',
  last: 'M18 5v14M6 6l8 6-8 6z',
} as const;

const STROKED = {
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  keyboard: 'M3 7h18v10H3zM7 11h.01M11 11h.01M15 11h.01M8 14h8',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  follow: 'M12 3v3M12 18v3M3 12h3M18 12h3M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  whole: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  present: 'M3 4h18v12H3zM12 16v4M8 20h8',
  close: 'M6 6l12 12M18 6L6 18',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  steps: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
  details: 'M4 4h16v16H4zM8 9h8M8 13h8M8 17h5',
  notes: 'M6 3h9l4 4v14H6zM14 3v5h5',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  embed: 'M8 7l-5 5 5 5M16 7l5 5-5 5',
  mermaid: 'M4 5h6v4H4zM14 15h6v4h-6zM7 9v5h10v1',
  loop: 'M17 3l3 3-3 3M4 11V9a3 3 0 0 1 3-3h13M7 21l-3-3 3-3M20 13v2a3 3 0 0 1-3 3H4',
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM20 20l-4-4',
  speaker: 'M2 5h12v9H2zM8 14v3M5 17h6M17 8h5v11h-5zM19.5 16h.01',
} as const;

export type IconName = keyof typeof FILLED | keyof typeof STROKED;

export function Icon({ name }: { name: IconName }) {
  const filled = name in FILLED;
  const d = filled ? FILLED[name as keyof typeof FILLED] : STROKED[name as keyof typeof STROKED];
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={d} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={filled ? 1.5 : 2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
