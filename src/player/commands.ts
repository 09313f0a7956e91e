import type { Fork } from '../flow/branches';
import { useSearchStore } from '../search/searchStore';
/**
 * Every user action, registered once. The control buttons, the keyboard handler and the shortcut help all read this
 * list, so a key can never do something the help does not say.
 */
export interface CommandContext {
  index: number;
  first: number;
  last: number;
  playing: boolean;
  goTo: (index: number) => void;
  play: () => void;
  pause: () => void;
  view: 'canvas' | 'sequence';
  toggleView: () => void;
  toggleHelp: () => void;
  copyLink: () => void;
  copyMermaid: () => void;
  openEmbed: () => void;
  camera: 'follow' | 'whole';
  cameraPaused: boolean;
  toggleCamera: () => void;
  presenting: boolean;
  togglePresent: () => void;
  /** Presenter mode: the notes drawer on this screen, and the presenter window in a window of its own. */
  notesOpen: boolean;
  toggleNotes: () => void;
  openSpeakerView: () => void;
  /** Playback starts again from the first step after the last. */
  loop: boolean;
  toggleLoop: () => void;
  /** The fork the reader is at (right before it, or inside one of its outcomes), the option chosen there, and a way to choose. */
  fork?: Fork;
  chosen: number;
  choose: (forkId: string, option: number) => void;
}

export interface Command {
  id: string;
  label: (ctx: CommandContext) => string;
  /** Keys as KeyboardEvent.key values; the first is shown in the help. */
  keys: string[];
  /** Keys that mean this command only while presenting, looked up first (clickers send Space for "next"). */
  presentingKeys?: string[];
  /** How the key is written in the help. */
  keyLabel?: string;
  /** What the help says, where the button's name alone would not. */
  help?: string;
  /** A switch: the button is pressed (aria-pressed) while this is true. */
  pressed?: (ctx: CommandContext) => boolean;
  /** Keys pressed with Ctrl (⌘ on a Mac); they work even while typing in a field. */
  modKeys?: string[];
  /** Works on every page, not only the flow page: the page-wide handler runs it, the flow page's leaves it. */
  global?: boolean;
  /** Only in presenter mode: its key does nothing elsewhere and the help lists it only there. */
  presentingOnly?: boolean;
  disabled?: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void;
}

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

export const commands = {
  search: {
    id: 'search', label: () => 'Search', keys: ['/'], modKeys: ['k'], keyLabel: `/ or ${MOD} K`, global: true,
    help: 'Search flows, steps, participants, endpoints, tables and state changes',
    run: () => useSearchStore.getState().openSearch(),
  },
  first: {
    id: 'first', label: () => 'First step', keys: ['Home'],
    disabled: (c) => c.index <= c.first, run: (c) => c.goTo(c.first),
  },
  previous: {
    id: 'previous', label: () => 'Previous step', keys: ['ArrowLeft', 'PageUp'], keyLabel: '← / PgUp',
    disabled: (c) => c.index <= c.first, run: (c) => c.goTo(c.index - 1),
  },
  play: {
    id: 'play', label: (c) => (c.playing ? 'Pause' : 'Play'), keys: [' '], keyLabel: 'Space', help: 'Play / Pause',
    run: (c) => {
      if (c.playing) return c.pause();
      // Play at the end starts again from the beginning and plays.
      if (c.index >= c.last) c.goTo(c.first);
      c.play();
    },
  },
  next: {
    id: 'next', label: () => 'Next step', keys: ['ArrowRight', 'PageDown'], presentingKeys: [' '], keyLabel: '→ / PgDn',
    disabled: (c) => c.index >= c.last, run: (c) => c.goTo(c.index + 1),
  },
  last: {
    id: 'last', label: () => 'Last step', keys: ['End'],
    disabled: (c) => c.index >= c.last, run: (c) => c.goTo(c.last),
  },
  loop: {
    id: 'loop', label: () => 'Loop', keys: ['l'], keyLabel: 'L', help: 'Loop: play again from the first step after the last',
    pressed: (c) => c.loop, run: (c) => c.toggleLoop(),
  },
  outcome: {
    id: 'outcome',
    label: (c) => (c.fork ? `Next outcome: ${c.fork.options[(c.chosen + 1) % c.fork.options.length].label}` : 'Next outcome'),
    keys: ['o'], keyLabel: 'O', help: 'At a fork: show the next outcome (the chosen one is kept in the link)',
    disabled: (c) => !c.fork,
    run: (c) => c.fork && c.choose(c.fork.id, (c.chosen + 1) % c.fork.options.length),
  },
  camera: {
    id: 'camera',
    // Names what pressing does: resume a camera the reader took over, or switch between following and the whole flow.
    label: (c) => ((c.camera === 'follow') !== c.cameraPaused ? 'Whole flow' : 'Follow step'),
    keys: ['f'], keyLabel: 'F', help: 'Whole flow / follow the step (also resumes after you pan or zoom)',
    disabled: (c) => c.view !== 'canvas',
    run: (c) => c.toggleCamera(),
  },
  toggleView: {
    id: 'toggleView', label: (c) => (c.view === 'canvas' ? 'Show as sequence diagram' : 'Show as canvas'), keys: ['v'], keyLabel: 'V',
    help: 'Switch between canvas and sequence diagram',
    run: (c) => c.toggleView(),
  },
  present: {
    id: 'present', label: (c) => (c.presenting ? 'Leave presenter mode' : 'Present'), keys: ['p'], presentingKeys: ['Escape'], keyLabel: 'P',
    help: 'Present: full screen, large caption (Esc leaves)',
    run: (c) => c.togglePresent(),
  },
  speakerView: {
    id: 'speakerView', label: () => 'Open presenter window', keys: ['n'], keyLabel: 'N', presentingOnly: true,
    help: 'Open the presenter window: current and next step, speaker notes, clock',
    run: (c) => c.openSpeakerView(),
  },
  notes: {
    id: 'notes', label: () => 'Speaker notes', keys: ['s'], keyLabel: 'S', presentingOnly: true,
    help: 'Show or hide the speaker notes on this screen',
    pressed: (c) => c.notesOpen, run: (c) => c.toggleNotes(),
  },
  copyLink: {
    id: 'copyLink', label: () => 'Copy link to this step', keys: ['c'], keyLabel: 'C', run: (c) => c.copyLink(),
  },
  copyMermaid: {
    id: 'copyMermaid', label: () => 'Copy as Mermaid', keys: ['m'], keyLabel: 'M', run: (c) => c.copyMermaid(),
  },
  embed: {
    id: 'embed', label: () => 'Embed', keys: ['e'], keyLabel: 'E', help: 'Embed this flow in a docs page…',
    run: (c) => c.openEmbed(),
  },
  help: {
    id: 'help', label: () => 'Keyboard shortcuts', keys: ['?'], run: (c) => c.toggleHelp(),
  },
} satisfies Record<string, Command>;

export type CommandId = keyof typeof commands;
export const commandList: Command[] = Object.values(commands);

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;
// Controls that Space and Enter press or follow: the global shortcuts leave those keys to them.
const ACTIVATES = 'button, a[href], summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"]';

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>;

/**
 * The command a key press asks for, or undefined: typing in a field, a modifier held, Space or Enter on a control
 * that handles them itself, or an open dialog (no shortcut acts behind it).
 */
export function commandForKey(event: KeyEvent, presenting = false): Command | undefined {
  const target = event.target as HTMLElement | null;
  // An open dialog only: focus can stay for a moment on a control of a dialog that has just closed (its close event
  // comes a task later), and a key pressed then is the page's again.
  const inDialog = () => !!target?.closest?.('dialog[open], [role="dialog"]') || (typeof document !== 'undefined' && !!document.querySelector('dialog[open]'));
  if ((event.ctrlKey || event.metaKey) && !event.altKey) {
    const key = event.key.toLowerCase();
    return inDialog() ? undefined : commandList.find((command) => command.modKeys?.includes(key));
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (target && (TYPING.test(target.tagName) || target.isContentEditable)) return undefined;
  if ((event.key === ' ' || event.key === 'Enter') && target?.closest?.(ACTIVATES)) return undefined;
  if (inDialog()) return undefined;
  // Caps Lock gives "F" for "f".
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (presenting) {
    const special = commandList.find((command) => command.presentingKeys?.includes(key));
    if (special) return special;
  }
  return commandsFor(presenting).find((command) => command.keys.includes(key));
}

/** The commands of this mode: what the keys reach and the shortcut help lists. */
export function commandsFor(presenting: boolean): Command[] {
  return commandList.filter((command) => presenting || !command.presentingOnly);
}

/** The keys the help lists for a command in this mode. */
export function keyLabelFor(command: Command, presenting: boolean): string {
  const base = command.keyLabel ?? command.keys[0];
  if (!presenting || !command.presentingKeys?.length) return base;
  const extra = command.presentingKeys.map((k) => (k === ' ' ? 'Space' : k === 'Escape' ? 'Esc' : k));
  return `${base} / ${extra.join(' / ')}`;
}
