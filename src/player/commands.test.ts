// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { testCommandContext } from '../testing/factories';
import { commandForKey, commandsFor, commandList, commands, keyLabelFor, type CommandContext } from './commands';

function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return testCommandContext(overrides);
}

const key = (k: string, target: Partial<HTMLElement> | HTMLElement = { tagName: 'BODY' }, mods = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...mods });

describe('commands', () => {
  it('step through the flow', () => {
    const c = context();
    commands.next.run(c);
    commands.previous.run(c);
    commands.first.run(c);
    commands.last.run(c);
    expect(vi.mocked(c.goTo).mock.calls).toEqual([[3], [1], [0], [5]]);
  });

  it('cannot go before the first or past the last step', () => {
    expect(commands.previous.disabled(context({ index: 0 }))).toBe(true);
    expect(commands.first.disabled(context({ index: 0 }))).toBe(true);
    expect(commands.next.disabled(context({ index: 5 }))).toBe(true);
    expect(commands.last.disabled(context({ index: 5 }))).toBe(true);
    expect(commands.next.disabled(context())).toBe(false);
  });

  it('play toggles, and playing from the last step starts again at the first', () => {
    const paused = context();
    commands.play.run(paused);
    expect(paused.play).toHaveBeenCalled();
    expect(commands.play.label(paused)).toBe('Play');
    const playing = context({ playing: true });
    expect(commands.play.label(playing)).toBe('Pause');
    commands.play.run(playing);
    expect(playing.pause).toHaveBeenCalled();
    const atEnd = context({ index: 5 });
    commands.play.run(atEnd);
    expect(atEnd.goTo).toHaveBeenCalledWith(0);
    expect(atEnd.play).toHaveBeenCalled();
  });

  it('maps keys to commands', () => {
    expect(commandForKey(key('ArrowRight'))?.id).toBe('next');
    expect(commandForKey(key('ArrowLeft'))?.id).toBe('previous');
    expect(commandForKey(key(' '))?.id).toBe('play');
    expect(commandForKey(key('Home'))?.id).toBe('first');
    expect(commandForKey(key('End'))?.id).toBe('last');
    expect(commandForKey(key('?'))?.id).toBe('help');
  });

  it('ignores keys while typing in a field or with a modifier held', () => {
    expect(commandForKey(key('ArrowRight', { tagName: 'INPUT' }))).toBeUndefined();
    expect(commandForKey(key(' ', { tagName: 'TEXTAREA' }))).toBeUndefined();
    expect(commandForKey(key('ArrowRight', { tagName: 'DIV', isContentEditable: true }))).toBeUndefined();
    expect(commandForKey(key('ArrowRight', { tagName: 'BODY' }, { metaKey: true }))).toBeUndefined();
  });

  it('opens search with / outside fields, and with Ctrl+K or ⌘K even while typing, but not from inside a dialog', () => {
    expect(commandForKey(key('/'))?.id).toBe('search');
    expect(commandForKey(key('/', { tagName: 'INPUT' }))).toBeUndefined();
    expect(commandForKey(key('k', { tagName: 'INPUT' }, { ctrlKey: true }))?.id).toBe('search');
    expect(commandForKey(key('K', { tagName: 'BODY' }, { metaKey: true }))?.id).toBe('search');
    expect(commandForKey(key('k', { tagName: 'BODY' }, { ctrlKey: true, altKey: true }))).toBeUndefined();
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    const field = dialog.appendChild(document.createElement('input'));
    expect(commandForKey(key('k', field, { ctrlKey: true }))).toBeUndefined();
    // The flow page's handler leaves it to the page-wide one, which works on every page.
    expect(commands.search.global).toBe(true);
  });

  it('leaves Space and Enter to a focused button, link or select', () => {
    const button = document.createElement('button');
    const link = Object.assign(document.createElement('a'), { href: '/x' });
    const select = document.createElement('select');
    for (const target of [button, link, select]) {
      expect(commandForKey(key(' ', target))).toBeUndefined();
      expect(commandForKey(key('Enter', target))).toBeUndefined();
    }
    // Arrows still step from a focused button (a select keeps them for its options).
    expect(commandForKey(key('ArrowRight', button))?.id).toBe('next');
    expect(commandForKey(key('ArrowRight', select))).toBeUndefined();
  });

  it('does nothing behind an open dialog', () => {
    const dialog = document.createElement('dialog');
    const inside = document.createElement('button');
    dialog.append(inside);
    document.body.append(dialog);
    dialog.setAttribute('open', '');
    try {
      expect(commandForKey(key('ArrowRight'))).toBeUndefined();
      expect(commandForKey(key('c', inside))).toBeUndefined();
    } finally {
      dialog.remove();
    }
    expect(commandForKey(key('ArrowRight'))?.id).toBe('next');
  });

  it('acts again as soon as a dialog has closed, even while focus is still on one of its controls', () => {
    const dialog = document.createElement('dialog');
    const inside = dialog.appendChild(document.createElement('button'));
    document.body.append(dialog);
    try {
      expect(commandForKey(key('ArrowRight', inside))?.id).toBe('next');
    } finally {
      dialog.remove();
    }
  });

  it('takes the keys presentation clickers send while presenting', () => {
    expect(commandForKey(key('PageDown'), true)?.id).toBe('next');
    expect(commandForKey(key('PageUp'), true)?.id).toBe('previous');
    expect(commandForKey(key(' '), true)?.id).toBe('next');
    expect(commandForKey(key('Escape'), true)?.id).toBe('present');
    // Outside presenter mode Space plays and Esc is left to the page.
    expect(commandForKey(key(' '), false)?.id).toBe('play');
    expect(commandForKey(key('Escape'), false)).toBeUndefined();
    expect(keyLabelFor(commands.next, true)).toBe('→ / PgDn / Space');
  });

  it('has the presenter window and notes keys only while presenting, and lists them only there', () => {
    expect(commandForKey(key('n'), true)?.id).toBe('speakerView');
    expect(commandForKey(key('s'), true)?.id).toBe('notes');
    expect(commandForKey(key('n'), false)).toBeUndefined();
    expect(commandForKey(key('s'), false)).toBeUndefined();
    expect(commandsFor(false).map((c) => c.id)).not.toContain('notes');
    expect(commandsFor(true).map((c) => c.id)).toEqual(expect.arrayContaining(['notes', 'speakerView', 'loop']));
  });

  it('reads letter keys with Caps Lock on', () => {
    expect(commandForKey(key('F'))?.id).toBe('camera');
    expect(commandForKey(key('P'))?.id).toBe('present');
  });

  it('gives every command a name and a key, each key used once', () => {
    const keys = commandList.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of commandList) expect(c.label(context()).length).toBeGreaterThan(0);
  });
});
