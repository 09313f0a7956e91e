// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testCommandContext } from '../testing/factories';
import type { CommandContext } from './commands';
import { Controls } from './Controls';
import { resetPlayerStore, usePlayerStore } from './playerStore';

function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return testCommandContext({ index: 1, last: 3, ...overrides });
}

describe('Controls', () => {
  beforeEach(() => resetPlayerStore());

  it('has the step buttons, named for screen readers', () => {
    render(<Controls dwellMs={4000} stepId="s" context={context()} />);
    for (const name of ['First step', 'Previous step', 'Play', 'Next step', 'Last step']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
  });

  it('moves between steps', async () => {
    const c = context();
    render(<Controls dwellMs={4000} stepId="s" context={c} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Last step' }));
    await userEvent.click(screen.getByRole('button', { name: 'First step' }));
    expect(vi.mocked(c.goTo).mock.calls).toEqual([[2], [0], [3], [0]]);
  });

  it('marks what cannot be done at the ends as unavailable, but keeps it focusable so focus is never lost', async () => {
    const c = context({ index: 0 });
    const { rerender } = render(<Controls dwellMs={4000} stepId="s" context={c} />);
    const previous = screen.getByRole('button', { name: 'Previous step' });
    expect(screen.getByRole('button', { name: 'First step' })).toHaveAttribute('aria-disabled', 'true');
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(previous).not.toHaveAttribute('disabled');
    previous.focus();
    await userEvent.click(previous);
    expect(c.goTo).not.toHaveBeenCalled();
    expect(previous).toHaveFocus();
    rerender(<Controls dwellMs={4000} stepId="s" context={context({ index: 3 })} />);
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Last step' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Previous step' })).not.toHaveAttribute('aria-disabled');
  });

  it('shows Pause while playing', async () => {
    const c = context({ playing: true });
    render(<Controls dwellMs={4000} stepId="s" context={c} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(c.pause).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });

  it('chooses the playback speed', async () => {
    render(<Controls dwellMs={4000} stepId="s" context={context()} />);
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(speed).toHaveValue('1');
    await userEvent.selectOptions(speed, '2');
    expect(usePlayerStore.getState().speed).toBe(2);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['0.25×', '0.5×', '1×', '2×']);
  });

  it('has a Loop switch that says whether it is on', async () => {
    const c = context({ loop: false });
    const { rerender } = render(<Controls dwellMs={4000} stepId="s" context={c} />);
    const loop = screen.getByRole('button', { name: 'Loop' });
    expect(loop).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(loop);
    expect(c.toggleLoop).toHaveBeenCalled();
    rerender(<Controls dwellMs={4000} stepId="s" context={context({ loop: true })} />);
    expect(screen.getByRole('button', { name: 'Loop' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the time left on the step only while playing, at the chosen speed, never as a live region', () => {
    const { rerender } = render(<Controls dwellMs={12_000} stepId="s" context={context()} />);
    expect(screen.queryByRole('timer')).toBeNull();
    act(() => {
      usePlayerStore.getState().setSpeed(0.5);
      usePlayerStore.getState().play();
    });
    rerender(<Controls dwellMs={12_000} stepId="s" context={context({ playing: true })} />);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveAccessibleName('24 seconds left on this step');
    expect(timer).not.toHaveAttribute('aria-live');
    act(() => usePlayerStore.getState().pause());
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
