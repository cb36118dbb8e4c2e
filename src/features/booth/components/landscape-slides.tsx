import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { landscapeQueries } from '@/features/landscape/api/landscape-queries';
import { catalogQueries, datedEvents } from '@/lib/event-catalog';

import { SlideState } from './slide-state';
import { LandscapeTourSlide } from './slides/landscape-tour-slide';
import { ThenNowSlide } from './slides/then-now-slide';

import type { SlideDataProps } from './booth-slides';

export function LandscapeTourData({ step, qrUrl, views }: SlideDataProps) {
  const landscape = useQuery(landscapeQueries.category());
  return (
    <SlideState
      kicker="Observability landscape"
      title="A tour of the landscape"
      qrUrl={qrUrl}
      queries={[landscape]}
      data={landscape.data}
    >
      {(data) => (
        <LandscapeTourSlide
          landscape={data}
          step={step}
          qrUrl={qrUrl}
          renderView={views.tour}
        />
      )}
    </SlideState>
  );
}

/** The featured event's first day: "then" on the time-travel slides. */
function useEventFirstDay() {
  const featured = useQuery(catalogQueries.featured());
  return { featured, firstDay: featured.data?.event.startDate ?? null };
}

export function ThenNowData({ qrUrl, views }: SlideDataProps) {
  const landscape = useQuery(landscapeQueries.category());
  const { featured, firstDay } = useEventFirstDay();
  return (
    <SlideState
      kicker="Observability landscape"
      title="Then and now"
      qrUrl={qrUrl}
      queries={[landscape, featured]}
      data={landscape.data && featured.data ? landscape.data : undefined}
    >
      {(data, frame) =>
        firstDay ? (
          <ThenNowSlide
            landscape={data}
            thenDate={firstDay}
            qrUrl={qrUrl}
            renderView={views.thenNow}
          />
        ) : (
          frame(<p>The event catalog gives no first day for this event.</p>)
        )
      }
    </SlideState>
  );
}

export function TimelineData({ step, qrUrl, views }: SlideDataProps) {
  const landscape = useQuery(landscapeQueries.whole());
  const { featured, firstDay } = useEventFirstDay();
  // The events up to the featured one, drawn as bands on the timeline.
  const events = useMemo(
    () => (firstDay ? datedEvents(featured.data?.catalog, firstDay) : []),
    [featured.data, firstDay],
  );
  const title = views.timelineTitle;
  return (
    <SlideState
      kicker="CNCF projects"
      title={title}
      qrUrl={qrUrl}
      queries={[landscape, featured]}
      data={landscape.data && featured.data ? landscape.data : undefined}
    >
      {(data, frame) =>
        frame(
          views.timeline({
            landscape: data,
            events,
            until: step === 0 ? firstDay : null,
          }),
        )
      }
    </SlideState>
  );
}
