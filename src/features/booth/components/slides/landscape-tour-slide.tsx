import { computeTourStops } from '../../model/landscape-views';
import { SlideFrame } from '../slide-frame';

import type { BoothViews } from '../../types';
import type { Landscape } from '@/features/landscape/schemas';

export type LandscapeTourSlideProps = {
  landscape: Landscape;
  /** Which subcategory: one step per subcategory, in display order. */
  step: number;
  qrUrl: string | null;
  renderView: BoothViews['tour'];
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
