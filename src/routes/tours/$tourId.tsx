import { createFileRoute, notFound } from '@tanstack/react-router';
import { AppHeader } from '../../explorer/AppHeader';
import { NotFound } from '../../explorer/NotFound';
import { useDocumentTitle } from '../../explorer/useDocumentTitle';
import { TourPage } from '../../tours/TourPage';

export const Route = createFileRoute('/tours/$tourId')({
  // The tours are downloaded by the tour pages only, not by every deep link.
  loader: async ({ params }) => {
    const { tours } = await import('virtual:tours');
    const tour = tours.find((t) => t.id === params.tourId);
    if (!tour) throw notFound();
    return tour;
  },
  component: TourRoute,
  notFoundComponent: () => <NotFound what={`There is no tour '${Route.useParams().tourId}'.`} />,
});

function TourRoute() {
  const tour = Route.useLoaderData();
  useDocumentTitle(`${tour.title} · Flow Explorer`);
  return (
    <div className="page">
      <AppHeader />
      <main className="catalog-page">
        <TourPage tour={tour} />
      </main>
    </div>
  );
}
