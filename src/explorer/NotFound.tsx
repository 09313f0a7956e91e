import { SpaLink } from '../app/SpaLink';
import { catalogHref } from '../app/urls';
import { AppHeader } from './AppHeader';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound({ what }: { what?: string }) {
  useDocumentTitle('Not found · Flow Explorer');
  return (
    <div className="page">
      <AppHeader />
      <main className="not-found">
        <h1>Not found</h1>
        <p>{what ?? 'There is no page at this address.'}</p>
        <p><SpaLink href={catalogHref()}>Browse all flows</SpaLink></p>
      </main>
    </div>
  );
}
