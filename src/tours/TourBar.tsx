import { tours } from 'virtual:tours';
import { SpaLink } from '../app/SpaLink';
import { tourHref, tourStopHref } from '../app/urls';
import { stopOf } from './tourProgress';

interface Props {
  tourId: string | undefined;
  flowId: string;
  stepId: string;
  /** At the last step of the stop's part: the way on is the next thing to do. */
  atEnd: boolean;
  /** Links keep presenter mode. */
  present?: boolean;
  className?: string;
}

/** Inside a tour: where this flow is in it ("Flow 2 of 5") and the flows before and after. Nothing outside one. */
export default function TourBar({ tourId, flowId, stepId, atEnd, present = false, className = 'tour-bar' }: Props) {
  const tour = tourId === undefined ? undefined : tours.find((t) => t.id === tourId);
  if (!tour) return null;
  const at = stopOf(tour, flowId, stepId);
  if (at < 0) return null;
  const previous = tour.stops[at - 1];
  const next = tour.stops[at + 1];
  const href = (stop: (typeof tour.stops)[number]) => tourStopHref(tour.id, stop, present ? { present: '1' } : {});
  return (
    <nav className={className} aria-label="Tour">
      <span className="tour-bar-place">
        <SpaLink href={tourHref(tour.id)}>{tour.title}</SpaLink> · Flow {at + 1} of {tour.stops.length}
      </span>
      {previous && <SpaLink href={href(previous)} className="text-button tour-bar-previous">← Previous flow</SpaLink>}
      {next ? (
        <SpaLink href={href(next)} className={atEnd ? 'primary-button tour-bar-next' : 'text-button tour-bar-next'}>
          Next flow: {next.title} →
        </SpaLink>
      ) : (
        atEnd && <span className="tour-bar-end">End of the tour</span>
      )}
    </nav>
  );
}
