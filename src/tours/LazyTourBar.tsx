import { lazy, Suspense, type ComponentProps } from 'react';

// The tours download only when a flow is seen inside one: a deep link without `tour=` never fetches them.
const TourBar = lazy(() => import('./TourBar'));

export function LazyTourBar(props: ComponentProps<typeof TourBar>) {
  if (props.tourId === undefined) return null;
  return (
    <Suspense fallback={null}>
      <TourBar {...props} />
    </Suspense>
  );
}
