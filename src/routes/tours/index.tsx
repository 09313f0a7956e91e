import { createFileRoute } from '@tanstack/react-router';
import { AppHeader } from '../../explorer/AppHeader';
import { useDocumentTitle } from '../../explorer/useDocumentTitle';
import { TourList } from '../../tours/TourList';

export const Route = createFileRoute('/tours/')({
  component: ToursPage,
});

function ToursPage() {
  useDocumentTitle('Tours · Flow Explorer');
  return (
    <div className="page">
      <AppHeader />
      <main className="catalog-page">
        <div className="catalog-intro">
          <h1>Tours</h1>
          <p>Guided paths through several flows, in an order that builds up a system: start with one on your first day.</p>
        </div>
        <TourList />
      </main>
    </div>
  );
}
