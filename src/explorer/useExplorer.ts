import { catalog } from 'virtual:flows';
import { useCallback, useMemo, useState } from 'react';
import { copyText } from '../app/copyText';
import { absoluteUrl, embedSnippet } from '../app/urls';
import type { FlowLayout } from '../flow/layout';
import type { Flow } from '../flow/schema';
import { toMermaid } from '../flow/toMermaid';
import type { CommandContext } from '../player/commands';
import { usePlayerStore } from '../player/playerStore';
import { useCommandKeys } from '../player/useCommandKeys';
import { usePlayback } from '../player/usePlayback';
import type { ExplorerSearch } from './explorerSearch';
import { useDocumentTitle } from './useDocumentTitle';

/** A flow's title for links to it, from the catalog (other flows are not loaded). */
export const flowTitle = (id: string) => catalog.find((f) => f.id === id)?.title;

export interface ExplorerProps {
  flow: Flow;
  layout: FlowLayout;
  index: number;
  /** Reachable steps: the whole flow, or an embed's from..to range. */
  first: number;
  last: number;
  search: ExplorerSearch;
  /** Step ids in the URL this flow does not have. */
  notices: string[];
  goTo: (index: number) => void;
  setView: (view: 'canvas' | 'sequence') => void;
}

/** Everything both page layouts share: the command context, keys, playback and the copy feedback. */
export function useExplorer({ flow, index, first, last, search, goTo, setView }: ExplorerProps) {
  const step = flow.steps[index];
  const playing = usePlayerStore((s) => s.playing);
  const play = usePlayerStore((s) => s.play);
  const pause = usePlayerStore((s) => s.pause);
  const camera = usePlayerStore((s) => s.camera);
  const cameraPaused = usePlayerStore((s) => s.cameraPaused);
  const toggleCamera = usePlayerStore((s) => s.toggleCamera);
  const [helpOpen, setHelpOpen] = useState(false);
  const [feedback, setFeedback] = useState('');
  const view: 'canvas' | 'sequence' = search.view ?? 'canvas';

  const copy = useCallback(async (text: string, done: string) => {
    const ok = await copyText(text);
    setFeedback(ok ? done : 'Could not copy to the clipboard');
    window.setTimeout(() => setFeedback(''), 2500);
  }, []);

  // Shared links keep the view and the range, but never the embed flag: a link opens the full explorer.
  const shared = useMemo(() => ({ step: step.id, view: search.view, from: search.from, to: search.to }), [step.id, search.view, search.from, search.to]);

  const context: CommandContext = useMemo(
    () => ({
      index, first, last, playing, goTo, play, pause, view,
      copyLink: () => void copy(absoluteUrl(flow.id, shared), 'Link to this step copied'),
      copyMermaid: () => void copy(toMermaid(flow), 'Mermaid diagram copied'),
      copyEmbed: () => void copy(embedSnippet(flow.id, flow.title, shared), 'Embed code copied'),
      toggleView: () => setView(view === 'canvas' ? 'sequence' : 'canvas'),
      toggleHelp: () => setHelpOpen((open) => !open),
      camera, cameraPaused, toggleCamera,
    }),
    [index, first, last, playing, goTo, play, pause, view, copy, flow, shared, setView, camera, cameraPaused, toggleCamera],
  );
  useCommandKeys(context);
  usePlayback(index, last, goTo);
  useDocumentTitle(`${flow.title} — ${step.label} · Flow Explorer`);
  return { context, step, view, feedback, helpOpen, closeHelp: () => setHelpOpen(false) };
}
