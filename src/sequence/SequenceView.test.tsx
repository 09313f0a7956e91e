// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testFlow } from '../testing/factories';
import { renderSequence } from './renderSequence';
import SequenceView from './SequenceView';

vi.mock('./renderSequence', () => ({ renderSequence: vi.fn() }));

// What Mermaid draws for a flow: per message its text (wrapped over two elements for the long one) and its line.
const SVG = `<svg style="max-width: 800px">
  <text class="messageText">Send</text><line class="messageLine0"></line>
  <text class="messageText">Validate the</text><text class="messageText">request</text><path class="messageLine0"></path>
  <text class="messageText">Write</text><line class="messageLine0"></line>
  <text class="messageText">Reply</text><line class="messageLine1"></line>
</svg>`;

describe('SequenceView', () => {


  it('highlights every part of the current message and selects a message on click', async () => {
    vi.mocked(renderSequence).mockResolvedValue(SVG);
    const onSelect = vi.fn();
    const flow = testFlow();
    const { container, rerender } = render(<SequenceView flow={flow} index={1} first={0} last={3} onSelect={onSelect} />);
    await screen.findByText('Reply');
    const current = () => [...container.querySelectorAll('.messageText.is-current')].map((el) => el.textContent);
    expect(current()).toEqual(['Validate the', 'request']);
    rerender(<SequenceView flow={flow} index={3} first={0} last={3} onSelect={onSelect} />);
    expect(current()).toEqual(['Reply']);
    fireEvent.click(screen.getByText('Write'));
    expect(onSelect).toHaveBeenCalledWith(2);
  });

  it('dims messages outside a range and ignores clicks on them', async () => {
    vi.mocked(renderSequence).mockResolvedValue(SVG);
    const onSelect = vi.fn();
    render(<SequenceView flow={testFlow()} index={1} first={1} last={2} onSelect={onSelect} />);
    fireEvent.click(await screen.findByText('Reply'));
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByText('Reply')).toHaveClass('is-outside');
  });

  it('shows a readable message when Mermaid cannot draw the diagram', async () => {
    vi.mocked(renderSequence).mockImplementation(() => Promise.reject(new Error('Parse error on line 3')));
    render(<SequenceView flow={testFlow()} index={0} first={0} last={3} onSelect={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sequence diagram could not be drawn.');
    expect(alert).toHaveTextContent('Parse error on line 3');
  });
});
