import { createFileRoute } from '@tanstack/react-router';
import { catalog, systems, tourCount } from 'virtual:flows';
import { SpaLink } from '../app/SpaLink';
import { indexHref, toursHref } from '../app/urls';
import { Catalog } from '../catalog/Catalog';
import { AppHeader } from '../explorer/AppHeader';
import { useDocumentTitle } from '../explorer/useDocumentTitle';

export const Route = createFileRoute('/')({
  loader: () => import('virtual:summaries').then((m) => m.summaries),
  component: CatalogPage,
});

function CatalogPage() {
  const summaries = Route.useLoaderData();
  useDocumentTitle('Flow Explorer');
  return (
    <div className="page">
      <AppHeader />
      <main className="catalog-page">
        <div className="catalog-intro">
          <h1>How data moves through four systems</h1>
          <p>
            Pick a flow and step through it: each message travels between participants, and the side panel shows the API
            endpoint, the tables and the state transition that step touches. Every step has its own link.
          </p>
          <p className="catalog-tours">
            Looking for one thing across flows? See every <SpaLink href={indexHref('endpoints')}>endpoint</SpaLink>,{' '}
            <SpaLink href={indexHref('tables')}>table, collection and key</SpaLink> and <SpaLink href={indexHref('entities')}>state machine</SpaLink>, with the steps that touch them.
          </p>
          {tourCount > 0 && (
            <p className="catalog-tours">
              New here? <SpaLink href={toursHref()}>Take a tour</SpaLink>: {tourCount} guided paths through the flows that matter first.
            </p>
          )}
        </div>
        <Catalog systems={systems} flows={catalog} summaries={summaries} />
      </main>
    </div>
  );
}
