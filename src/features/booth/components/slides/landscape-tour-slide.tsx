import { cn } from '@/utils/cn';
import { formatNumber } from '@/utils/format';

import { BOOTH_MUTED } from '../../booth-type';
import { computeTourStops, STATUS_TEXT } from '../../model/landscape-views';
import { SlideFrame } from '../slide-frame';
import { StatusSwatch } from './status-swatch';

import type { BoothLandscape, TourStop } from '../../model/landscape-views';

/** Renders one tour stop in place of the built-in view (the d3 chart). */
export type LandscapeTourView<L extends BoothLandscape> = (args: {
  landscape: L;
  stop: TourStop;
  step: number;
}) => React.ReactNode;

export type LandscapeTourSlideProps<L extends BoothLandscape> = {
  landscape: L;
  /** Which subcategory: one step per subcategory, in display order. */
  step: number;
  qrUrl: string | null;
  renderView?: LandscapeTourView<L>;
};

/** A bar of every subcategory's share with the current one picked out. */
function ShareBar({ stops, current }: { stops: TourStop[]; current: number }) {
  return (
    <div
      aria-hidden="true"
      className="flex h-[3vh] min-h-4 w-full gap-1 overflow-hidden rounded-md"
    >
      {stops.map((stop, i) => (
        <div
          key={stop.subcategory}
          style={{ flexGrow: Math.max(stop.total, 0.5) }}
          className={cn(
            'transition-colors duration-300',
            i === current
              ? 'bg-accent-700 dark:bg-accent-300'
              : 'bg-slate-300 dark:bg-slate-700',
          )}
        />
      ))}
    </div>
  );
}

function BuiltInStop({ stop, all }: { stop: TourStop; all: number }) {
  const percent = Math.round(stop.share * 100);
  return (
    <>
      <p className="font-semibold">
        {formatNumber(stop.total)} of {formatNumber(all)} items ({percent}%)
      </p>
      {stop.projects.length === 0 ? (
        <p className={cn(BOOTH_MUTED, 'mt-[2vh]')}>No CNCF projects here.</p>
      ) : (
        <ul className="mt-[2vh] space-y-[1.5vh]">
          {stop.projects.map((group) => (
            <li key={group.status}>
              <span className="font-bold">
                <StatusSwatch status={group.status} />{' '}
                {STATUS_TEXT[group.status]} ({group.names.length}):
              </span>{' '}
              {group.names.join(' · ')}
            </li>
          ))}
        </ul>
      )}
      <p className={cn(BOOTH_MUTED, 'mt-[2vh]')}>
        {stop.others === 0
          ? 'No other projects or products.'
          : `Plus ${formatNumber(stop.others)} other projects and products.`}
      </p>
    </>
  );
}

/** Guided tour: one subcategory of the landscape per step. */
export function LandscapeTourSlide<L extends BoothLandscape>({
  landscape,
  step,
  qrUrl,
  renderView,
}: LandscapeTourSlideProps<L>) {
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
      {renderView ? (
        renderView({ landscape, stop, step: current })
      ) : (
        <>
          <ShareBar stops={stops} current={current} />
          <div className="mt-[2vh]">
            <BuiltInStop stop={stop} all={landscape.items.length} />
          </div>
        </>
      )}
    </SlideFrame>
  );
}
