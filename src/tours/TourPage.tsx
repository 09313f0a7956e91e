import type { TourEntry } from 'virtual:tours';
import { systems } from 'virtual:flows';
import { SpaLink } from '../app/SpaLink';
import { toursHref, tourStopHref } from '../app/urls';
import { Markdown } from '../details/Markdown';
import { useProgressStore } from '../progress/progressStore';
import { stopSeen, tourSeen } from './tourProgress';

const systemName = (id: string) => systems.find((s) => s.id === id)?.name ?? id;

/** One tour's path: why each flow, in order, each a link that opens it inside the tour. */
export function TourPage({ tour }: { tour: TourEntry }) {
  const flows = useProgressStore((s) => s.flows);
  const { seen, total } = tourSeen(tour, flows);
  const next = tour.stops.find((stop) => stopSeen(stop, flows[stop.flow]) < stop.stepIds.length) ?? tour.stops[0];
  return (
    <article className="tour-page">
      <p className="tour-crumb"><SpaLink href={toursHref()}>Tours</SpaLink></p>
      <h1>{tour.title}</h1>
      <Markdown source={tour.intro} className="markdown tour-intro" />
      <p className="tour-start">
        <SpaLink href={tourStopHref(tour.id, next)} className="primary-button">
          {seen === 0 ? 'Start the tour' : seen >= total ? 'Take it again' : 'Continue the tour'}
        </SpaLink>
        <span className="tour-total">{tour.stops.length} flows · {total} steps{seen > 0 ? ` · ${seen} seen` : ''}</span>
      </p>
      <ol className="tour-stops">
        {tour.stops.map((stop, i) => {
          const done = stopSeen(stop, flows[stop.flow]);
          const size = stop.stepIds.length;
          const part = stop.first === 1 && stop.last === stop.stepCount ? `${size} steps` : `steps ${stop.first}–${stop.last} of ${stop.stepCount}`;
          return (
            <li key={`${stop.flow}-${i}`} className="tour-stop">
              <span className="tour-stop-number" aria-hidden="true">{i + 1}</span>
              <div className="tour-stop-body">
                <h2 className="tour-stop-title">
                  <SpaLink href={tourStopHref(tour.id, stop)}>{stop.title}</SpaLink>
                </h2>
                <p className="tour-stop-meta">
                  {systemName(stop.system)} · {part}
                  {done > 0 && <span className="progress-note">{done >= size ? ' · seen' : ` · ${done} of ${size} seen`}</span>}
                </p>
                <Markdown source={stop.why} />
              </div>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
