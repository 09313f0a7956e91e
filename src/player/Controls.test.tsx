import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testCommandContext } from '../testing/factories';
import type { CommandContext } from './commands';
import { Controls } from './Controls';
import { usePlayerStore } from './playerStore';

function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return testCommandContext({ index: 1, last: 3, ...overrides });
}

describe('Controls', () => {
  it('has the step buttons, named for screen readers', () => {
    render(<Controls context={context()} />);
    for (const name of ['First step', 'Previous step', 'Play', 'Next step', 'Last step']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
  });

  it('moves between steps', async () => {
    const c = context();
    render(<Controls context={c} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Last step' }));
    await userEvent.click(screen.getByRole('button', { name: 'First step' }));
    expect(vi.mocked(c.goTo).mock.calls).toEqual([[2], [0], [3], [0]]);
  });

  it('marks what cannot be done at the ends as unavailable, but keeps it focusable so focus is never lost', async () => {
    const c = context({ index: 0 });
    const { rerender } = render(<Controls context={c} />);
    const previous = screen.getByRole('button', { name: 'Previous step' });
    expect(screen.getByRole('button', { name: 'First step' })).toHaveAttribute('aria-disabled', 'true');
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(previous).not.toHaveAttribute('disabled');
    previous.focus();
    await userEvent.click(previous);
    expect(c.goTo).not.toHaveBeenCalled();
    expect(previous).toHaveFocus();
    rerender(<Controls context={context({ index: 3 })} />);
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Last step' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Previous step' })).not.toHaveAttribute('aria-disabled');
  });

  it('shows Pause while playing', async () => {
    const c = context({ playing: true });
    render(<Controls context={c} />);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(c.pause).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
  });

  it('chooses the playback speed', async () => {
    render(<Controls context={context()} />);
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(speed).toHaveValue('1');
    await userEvent.selectOptions(speed, '2');
    expect(usePlayerStore.getState().speed).toBe(2);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['0.5×', '1×', '2×']);
  });
});
