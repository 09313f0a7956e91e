import { createFileRoute, notFound } from '@tanstack/react-router';
import { tours } from 'virtual:tours';
import { AppHeader } from '../../explorer/AppHeader';
import { NotFound } from '../../explorer/NotFound';
import { useDocumentTitle } from '../../explorer/useDocumentTitle';
import { TourPage } from '../../tours/TourPage';

export const Route = createFileRoute('/tours/$tourId')({
  loader: ({ params }) => {
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
