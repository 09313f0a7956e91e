// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, isChunkLoadError } from './ErrorBoundary';

let fail = true;
function Fragile() {
  if (fail) throw new Error('layout is broken');
  return <p>drawn</p>;
}

describe('ErrorBoundary', () => {
  it('keeps a failure in its part, says what failed, and tries again on "Reload this flow"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <ErrorBoundary what="The diagram"><Fragile /></ErrorBoundary>
        <p>the rest of the page</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The diagram could not be shown. layout is broken');
    expect(screen.getByText('the rest of the page')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Reload this flow' }));
    expect(screen.getByText('drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('recognises a chunk that is gone after a deploy', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/SequenceView-x.js'))).toBe(true);
    expect(isChunkLoadError(new Error('layout is broken'))).toBe(false);
  });
});
