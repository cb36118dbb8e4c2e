import { computeTourStops } from '../../model/landscape-views';
import { SlideFrame } from '../slide-frame';

import type { TourStop } from '../../model/landscape-views';
import type { Landscape } from '@/features/landscape/schemas';

/**
 * Draws one tour stop: the route passes the landscape chart zoomed into
 * `stop.subcategory` (features do not import each other).
 */
export type LandscapeTourView = (args: {
  landscape: Landscape;
  stop: TourStop;
  step: number;
}) => React.ReactNode;

export type LandscapeTourSlideProps = {
  landscape: Landscape;
  /** Which subcategory: one step per subcategory, in display order. */
  step: number;
  qrUrl: string | null;
  renderView: LandscapeTourView;
};

/** Guided tour: one subcategory of the landscape per step. */
export function LandscapeTourSlide({
  landscape,
  step,
  qrUrl,
  renderView,
}: LandscapeTourSlideProps) {
  const stops = computeTourStops(landscape);
  const current = Math.min(step, stops.length - 1);
  const stop = stops[current];
  if (!stop) {
    return (
      <SlideFrame
        kicker="Observability landscape"
        title={landscape.name}
        qrUrl={qrUrl}
      >
        <p>The landscape data lists no subcategories yet.</p>
      </SlideFrame>
    );
  }
  return (
    <SlideFrame
      kicker={`${stop.category} · stop ${current + 1} of ${stops.length}`}
      title={stop.subcategory}
      qrUrl={qrUrl}
    >
      {stop.total === 0 ? (
        <p>No items are listed in this subcategory yet.</p>
      ) : (
        renderView({ landscape, stop, step: current })
      )}
    </SlideFrame>
  );
}
