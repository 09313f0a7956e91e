// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testFlow } from '../testing/factories';
import { StepList } from './StepList';

describe('StepList', () => {
  const flow = testFlow();
  const stepHref = (id: string) => `/flows/test-flow?step=${id}`;

  it('lists every step with its number and label, the current one marked', () => {
    render(<StepList flow={flow} index={2} first={0} last={3} stepHref={stepHref} onSelect={vi.fn()} />);
    const list = screen.getByRole('list', { name: 'Steps' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['1Label of send-request', '2Label of validateself', '3Label of write-row', '4Label of reply']);
    const current = within(list).getByRole('link', { current: 'step' });
    expect(current).toHaveTextContent('3Label of write-row');
    expect(current).toHaveAttribute('href', '/flows/test-flow?step=write-row');
  });

  it('jumps to a step on click', async () => {
    const onSelect = vi.fn();
    render(<StepList flow={flow} index={0} first={0} last={3} stepHref={stepHref} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('link', { name: /Label of reply/ }));
    expect(onSelect).toHaveBeenCalledWith(3);
  });

  it('shows only the steps of a range', () => {
    render(<StepList flow={flow} index={1} first={1} last={2} stepHref={stepHref} onSelect={vi.fn()} />);
    expect(within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('listitem')).toHaveLength(2);
  });
});
