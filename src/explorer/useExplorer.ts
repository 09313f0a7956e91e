import { catalog } from 'virtual:flows';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { copyText } from '../app/copyText';
import { absoluteUrl, flowPageHref } from '../app/urls';
import type { FlowLayout } from '../flow/layout';
import { forkAt, sourceOf, type Choices } from '../flow/branches';
import type { StepRelated } from '../flow/crossIndex';
import type { Flow } from '../flow/schema';
import { toMermaid } from '../flow/toMermaid';
import type { CommandContext, CommandId } from '../player/commands';
import { stepDwellMs } from '../player/dwell';
import { usePlayerStore } from '../player/playerStore';
import { useCommandKeys } from '../player/useCommandKeys';
import { usePlayback } from '../player/usePlayback';
import { useProgressStore } from '../progress/progressStore';
import type { ExplorerSearch } from './explorerSearch';
import { useDocumentTitle } from './useDocumentTitle';

/** A flow's title for links to it, from the catalog (other flows are not loaded). */
export const flowTitle = (id: string) => catalog.find((f) => f.id === id)?.title;

export interface ExplorerProps {
  /** The flow as the chosen path shows it: only the path's steps, in order (the whole flow when it has no forks). */
  flow: Flow;
  /** The whole flow, every outcome's steps included. */
  whole: Flow;
  /** The outcome chosen at each fork (fork id → option index). */
  choices: Choices;
  choose: (forkId: string, option: number) => void;
  /** Per step id: the index entries it touches and the other flows that touch them ("Also in"). */
  related?: Record<string, StepRelated>;
  /** The flow's speaker notes by step id, downloaded on demand (presenter mode and the presenter window only). */
  loadNotes?: () => Promise<Record<string, string>>;
  /** Opens a step by id, in whichever outcome it is. */
  openStep: (stepId: string) => void;
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
  setPresent: (present: boolean) => void;
  setLoop: (loop: boolean) => void;
}

/**
 * The presenter window (one per presenter: opening it again brings that window back). False when the browser blocked
 * the pop-up.
 */
function openSpeakerView(flowId: string, stepId: string): boolean {
  const speaker = window.open(flowPageHref(flowId, { step: stepId, speaker: '1' }), 'flow-explorer-speaker', 'popup,width=1100,height=720');
  speaker?.focus();
  return speaker !== null;
}

/** The confirmation of a copy, shown on the button of the command that copied. */
export interface Feedback { command: CommandId; text: string }

/** Everything the page layouts share: the command context, keys, playback, dialogs and the copy feedback. */
export function useExplorer({ flow, whole, choices, choose, index, first, last, search, goTo, setView, setPresent, setLoop }: ExplorerProps) {
  const step = flow.steps[index];
  const fork = useMemo(() => forkAt(whole, sourceOf(flow).path[index]), [whole, flow, index]);
  const chosen = fork ? choices[fork.id] ?? 0 : 0;
  const playing = usePlayerStore((s) => s.playing);
  const play = usePlayerStore((s) => s.play);
  const pause = usePlayerStore((s) => s.pause);
  const camera = usePlayerStore((s) => s.camera);
  const cameraPaused = usePlayerStore((s) => s.cameraPaused);
  const toggleCamera = usePlayerStore((s) => s.toggleCamera);
  const [helpOpen, setHelpOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  // Closed by default: with one screen the audience would read the notes too.
  const [notesOpen, setNotesOpen] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>();
  const view: 'canvas' | 'sequence' = search.view ?? 'canvas';
  const presenting = search.present === '1';
  const loop = search.loop === '1';

  const clearFeedback = useRef<number>(undefined);
  const copy = useCallback(async (command: CommandId, text: string, done: string) => {
    const ok = await copyText(text);
    setFeedback({ command, text: ok ? done : 'Could not copy' });
    window.clearTimeout(clearFeedback.current);
    clearFeedback.current = window.setTimeout(() => setFeedback(undefined), 2500);
  }, []);
  useEffect(() => () => window.clearTimeout(clearFeedback.current), []);

  // Shared links keep the view, the range and the tour, but never the embed or presenter flag: a link opens the explorer.
  const shared = useMemo(() => ({ step: step.id, path: search.path, view: search.view, tour: search.tour, from: search.from, to: search.to }), [step.id, search.path, search.view, search.tour, search.from, search.to]);

  const context: CommandContext = useMemo(
    () => ({
      index, first, last, playing, goTo, play, pause, view, camera, cameraPaused, toggleCamera, presenting, loop,
      toggleLoop: () => setLoop(!loop),
      notesOpen,
      toggleNotes: () => setNotesOpen((open) => !open),
      // A blocked pop-up still leaves the presenter their notes: on this screen, in the drawer.
      openSpeakerView: () => {
        if (!openSpeakerView(flow.id, step.id)) setNotesOpen(true);
      },
      copyLink: () => void copy('copyLink', absoluteUrl(flow.id, shared), 'Link copied'),
      copyMermaid: () => void copy('copyMermaid', toMermaid(whole), 'Mermaid copied'),
      openEmbed: () => setEmbedOpen(true),
      toggleView: () => setView(view === 'canvas' ? 'sequence' : 'canvas'),
      toggleHelp: () => setHelpOpen((open) => !open),
      togglePresent: () => setPresent(!presenting),
      fork, chosen, choose,
    }),
    [index, first, last, playing, goTo, play, pause, view, camera, cameraPaused, toggleCamera, presenting, loop, notesOpen, step.id, copy, flow, whole, shared, setView, setPresent, setLoop, fork, chosen, choose],
  );
  useCommandKeys(context);
  const dwellMs = useMemo(() => stepDwellMs(step), [step]);
  usePlayback({ index, first, last, goTo, dwellMs, loop });
  // Remembered once the step is on screen (a passive effect), for the catalog's progress and "Continue".
  const markSeen = useProgressStore((s) => s.markSeen);
  const stepIds = useMemo(() => whole.steps.map((s) => s.id), [whole]);
  // Numbered in file order, every outcome included, as the catalog counts the flow's steps.
  const number = sourceOf(flow).path[index] + 1;
  useEffect(() => markSeen(flow.id, { id: step.id, number, label: step.label }, stepIds), [markSeen, flow.id, step, number, stepIds]);
  useDocumentTitle(`${flow.title} — ${step.label} · Flow Explorer`);
  return {
    context, step, view, dwellMs, feedback, helpOpen, closeHelp: () => setHelpOpen(false), embedOpen, closeEmbed: () => setEmbedOpen(false),
  };
}
