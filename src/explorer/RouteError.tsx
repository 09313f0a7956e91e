import { errorMessage, isChunkLoadError } from '../app/ErrorBoundary';
import { SpaLink } from '../app/SpaLink';
import { catalogHref } from '../app/urls';
import { AppHeader } from './AppHeader';
import { useDocumentTitle } from './useDocumentTitle';

/** A page that could not be loaded: after a redeploy (its files are gone) the way out is a reload, not a blank page. */
export function RouteError({ error }: { error: unknown }) {
  useDocumentTitle('Could not load · Flow Explorer');
  const chunk = isChunkLoadError(error);
  return (
    <div className="page">
      <AppHeader />
      <main className="not-found" role="alert">
        <h1>{chunk ? 'The explorer was updated' : 'This page could not be shown'}</h1>
        <p>
          {chunk
            ? 'Part of this page belongs to an older version of the site, which is no longer there. Reloading opens the new version at the same place.'
            : errorMessage(error)}
        </p>
        <p className="route-error-actions">
          <button type="button" className="text-button text-button--primary" onClick={() => window.location.reload()}>Reload the page</button>
          <SpaLink href={catalogHref()}>Browse all flows</SpaLink>
        </p>
      </main>
    </div>
  );
}
