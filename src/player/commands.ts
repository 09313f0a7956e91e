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
  copyLink: () => void;
  copyMermaid: () => void;
  copyEmbed: () => void;
  view: 'canvas' | 'sequence';
  toggleView: () => void;
  toggleHelp: () => void;
  camera: 'follow' | 'whole';
  cameraPaused: boolean;
  toggleCamera: () => void;
}

export interface Command {
  id: string;
  label: (ctx: CommandContext) => string;
  /** Keys as KeyboardEvent.key values; the first is shown in the help. */
  keys: string[];
  /** How the key is written in the help. */
  keyLabel?: string;
  /** What the help says, where the button's name alone would not. */
  help?: string;
  disabled?: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void;
}

export const commands = {
  first: {
    id: 'first', label: () => 'First step', keys: ['Home'],
    disabled: (c) => c.index <= c.first, run: (c) => c.goTo(c.first),
  },
  previous: {
    id: 'previous', label: () => 'Previous step', keys: ['ArrowLeft'], keyLabel: '←',
    disabled: (c) => c.index <= c.first, run: (c) => c.goTo(c.index - 1),
  },
  play: {
    id: 'play', label: (c) => (c.playing ? 'Pause' : 'Play'), keys: [' '], keyLabel: 'Space', help: 'Play / Pause',
    run: (c) => {
      if (c.playing) return c.pause();
      // Play at the end starts again from the beginning instead of doing nothing.
      if (c.index >= c.last) c.goTo(c.first);
      c.play();
    },
  },
  next: {
    id: 'next', label: () => 'Next step', keys: ['ArrowRight'], keyLabel: '→',
    disabled: (c) => c.index >= c.last, run: (c) => c.goTo(c.index + 1),
  },
  last: {
    id: 'last', label: () => 'Last step', keys: ['End'],
    disabled: (c) => c.index >= c.last, run: (c) => c.goTo(c.last),
  },
  copyLink: {
    id: 'copyLink', label: () => 'Copy link to this step', keys: ['c'], keyLabel: 'C', run: (c) => c.copyLink(),
  },
  toggleView: {
    id: 'toggleView', label: (c) => (c.view === 'canvas' ? 'Show as sequence diagram' : 'Show as canvas'), keys: ['v'], keyLabel: 'V',
    help: 'Switch between canvas and sequence diagram',
    run: (c) => c.toggleView(),
  },
  camera: {
    id: 'camera',
    // Names what pressing does: resume a camera the reader took over, or switch between following and the whole flow.
    label: (c) => ((c.camera === 'follow') !== c.cameraPaused ? 'Whole flow' : 'Follow step'),
    keys: ['f'], keyLabel: 'F', help: 'Whole flow / follow the step (also resumes after you pan or zoom)',
    disabled: (c) => c.view !== 'canvas',
    run: (c) => c.toggleCamera(),
  },
  copyMermaid: {
    id: 'copyMermaid', label: () => 'Copy as Mermaid', keys: ['m'], keyLabel: 'M', run: (c) => c.copyMermaid(),
  },
  copyEmbed: {
    id: 'copyEmbed', label: () => 'Embed', keys: ['e'], keyLabel: 'E', help: 'Copy an <iframe> that embeds this step',
    run: (c) => c.copyEmbed(),
  },
  help: {
    id: 'help', label: () => 'Keyboard shortcuts', keys: ['?'], run: (c) => c.toggleHelp(),
  },
} satisfies Record<string, Command>;

export type CommandId = keyof typeof commands;
export const commandList: Command[] = Object.values(commands);

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/** The command a key press asks for, or undefined (typing in a field, or a modifier held). */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): Command | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.target as HTMLElement | null;
  if (target && (TYPING.test(target.tagName) || target.isContentEditable)) return undefined;
  return commandList.find((command) => command.keys.includes(event.key));
}
