import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

/** What an error says, for a reader. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A chunk the page asked for is gone, usually because a new version was deployed since the page loaded. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|ChunkLoadError|Failed to fetch/i.test(message);
}

interface Props {
  /** What failed, for the message ("The diagram", "The step details"). */
  what: string;
  children: ReactNode;
}

/**
 * Keeps a failure in one part of the page in that part: a short message and a way to try again, while the rest of the
 * page keeps working. A missing chunk (the site was redeployed) offers to reload the page instead.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; attempt: number }> {
  state = { error: undefined as unknown, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.what} failed:`, error, info.componentStack);
  }

  render() {
    const { error, attempt } = this.state;
    // A new key on "Reload this flow" remounts the children, so they start again from a clean state.
    if (error === undefined) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    const chunk = isChunkLoadError(error);
    return (
      <div className="part-error" role="alert">
        <p>
          <strong>{this.props.what} could not be shown.</strong>{' '}
          {chunk ? 'The explorer was updated since this page was opened.' : errorMessage(error)}
        </p>
        {chunk ? (
          <button type="button" className="text-button" onClick={() => window.location.reload()}>Reload the page</button>
        ) : (
          <button type="button" className="text-button" onClick={() => this.setState({ error: undefined, attempt: attempt + 1 })}>Reload this flow</button>
        )}
      </div>
    );
  }
}
