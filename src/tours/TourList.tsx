import { tours, type TourEntry } from 'virtual:tours';
import { SpaLink } from '../app/SpaLink';
import { tourHref } from '../app/urls';
import { MarkdownInline } from '../details/Markdown';
import { ProgressNote } from '../progress/CatalogProgress';
import { useProgressStore } from '../progress/progressStore';
import { tourSeen } from './tourProgress';

function TourCard({ tour }: { tour: TourEntry }) {
  const flows = useProgressStore((s) => s.flows);
  const { seen, total } = tourSeen(tour, flows);
  return (
    <li>
      <SpaLink href={tourHref(tour.id)} className="flow-card tour-card">
        <span className="flow-card-title">{tour.title}</span>
        <span className="flow-card-summary"><MarkdownInline source={tour.intro} links={false} /></span>
        <span className="flow-card-meta">
          <span>{tour.stops.length} flows · {total} steps</span>
          <ProgressNote seen={seen} total={total} />
        </span>
      </SpaLink>
    </li>
  );
}

/** Every tour: a guided path through several flows, for a newcomer's first hours. */
export function TourList() {
  return (
    <ul className="catalog-flows tour-list">
      {tours.map((tour) => <TourCard key={tour.id} tour={tour} />)}
    </ul>
  );
}
