import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    if (error === undefined) return <ErrorBoundaryKey key={attempt}>{this.props.children}</ErrorBoundaryKey>;
    const chunk = isChunkLoadError(error);
    return (
      <div className="part-error" role="alert">
        <p>
          <strong>{this.props.what} could not be shown.</strong>{' '}
          {chunk ? 'The explorer was updated since this page was opened.' : error instanceof Error ? error.message : String(error)}
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

/** Remounts the children on "Reload this flow", so they start again from a clean state. */
function ErrorBoundaryKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
