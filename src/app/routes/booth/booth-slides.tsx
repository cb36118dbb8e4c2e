import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { ANNOUNCEMENT_KIND_LABELS } from '@/features/announcements/schemas';
import { AnnouncementSlide } from '@/features/booth/components/slides/announcement-slide';
import { AwardPodiumSlide } from '@/features/booth/components/slides/award-podium-slide';
import { EventGlanceSlide } from '@/features/booth/components/slides/event-glance-slide';
import { LandscapeTourSlide } from '@/features/booth/components/slides/landscape-tour-slide';
import { ThenNowSlide } from '@/features/booth/components/slides/then-now-slide';
import { SlideFrame } from '@/features/booth/components/slide-frame';
import { SlideState } from '@/features/booth/components/slide-state';
import { BoothTimeline } from '@/features/timeline/components/booth-timeline';
import { TIMELINE_TITLE } from '@/features/timeline/components/timeline-text';
import { computeStatusSeries } from '@/features/timeline/model/status-series';
import { catalogQueries } from '@/lib/event-catalog';
import { eventQueries } from '@/features/event/api/event-queries';
import { landscapeQueries } from '@/features/landscape/api/landscape-queries';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import {
  formatDate,
  formatDateRange,
  formatFigure,
  formatFigureValue,
} from '@/utils/format';

import { ThenNowChart, TourChart } from './booth-landscape-charts';

import type { Winner } from '@/features/leaderboard/schemas';

/**
 * The booth's slides wired to the app's data. Each one observes its own
 * queries, so a slide whose data failed fetches again when it comes round.
 */
export type SlideDataProps = { step: number; qrUrl: string | null };

export function EventData({ qrUrl }: SlideDataProps) {
  const overview = useQuery(eventQueries.overview());
  return (
    <SlideState
      kicker="The event at a glance"
      title={overview.data?.event.name ?? 'The event'}
      qrUrl={qrUrl}
      queries={[overview]}
      data={overview.data}
    >
      {({ event, data: overview }) => (
        <EventGlanceSlide
          name={event.name}
          tagline={overview.tagline}
          place={[event.city, event.region].filter(Boolean).join(', ') || null}
          dates={
            event.startDate && event.endDate
              ? formatDateRange(event.startDate, event.endDate)
              : null
          }
          figures={overview.figures.map((f) => ({
            id: f.id,
            label: f.label,
            value: formatFigureValue(f),
          }))}
          themes={overview.themes.map((t) => t.title)}
          qrUrl={qrUrl}
        />
      )}
    </SlideState>
  );
}

function winnerSubtitle(winner: Winner): string | null {
  return [winner.role, winner.organization].filter(Boolean).join(', ') || null;
}

export function AwardsData({ step, qrUrl }: SlideDataProps) {
  const awards = useQuery(leaderboardQueries.awards());
  return (
    <SlideState
      kicker="Awards"
      title="Award winners"
      qrUrl={qrUrl}
      queries={[awards]}
      data={awards.data?.data}
    >
      {(data) => {
        const category =
          data.categories[Math.min(step, data.categories.length - 1)];
        if (!category) {
          return (
            <AwardPodiumSlide
              title="Awards"
              description="No awards are recorded for this event yet."
              isNew={false}
              winners={[]}
              note={null}
              qrUrl={qrUrl}
            />
          );
        }
        return (
          <AwardPodiumSlide
            title={`${category.name} ${category.year}`}
            description={category.description}
            isNew={category.isNew}
            winners={
              category.winnersNamed
                ? category.winners.map((w) => ({
                    name: w.name,
                    rank: w.rank,
                    subtitle: winnerSubtitle(w),
                    highlight: w.highlights[0] ?? w.reason,
                  }))
                : []
            }
            note={category.note}
            qrUrl={qrUrl}
          />
        );
      }}
    </SlideState>
  );
}

export function AnnouncementsData({ step, qrUrl }: SlideDataProps) {
  const list = useQuery(announcementQueries.list());
  return (
    <SlideState
      kicker="Announcements"
      title="Highlighted announcements"
      qrUrl={qrUrl}
      queries={[list]}
      data={list.data?.data}
    >
      {({ announcements }) => {
        const index = Math.min(step, announcements.length - 1);
        const a = announcements[index];
        if (!a) {
          return (
            <AnnouncementSlide
              position={0}
              total={0}
              kindLabel="None yet"
              title="No announcements recorded"
              summary="No announcements have been recorded for this event yet."
              names={[]}
              figures={[]}
              date={null}
              qrUrl={qrUrl}
            />
          );
        }
        return (
          <AnnouncementSlide
            position={index + 1}
            total={announcements.length}
            kindLabel={ANNOUNCEMENT_KIND_LABELS[a.kind]}
            title={a.title}
            summary={a.summary}
            names={[...a.organizations, ...a.projects]}
            figures={a.figures.map((f) => ({
              label: f.label,
              value: formatFigure(f),
            }))}
            date={a.date ? formatDate(a.date) : null}
            qrUrl={qrUrl}
          />
        );
      }}
    </SlideState>
  );
}

export function LandscapeTourData({ step, qrUrl }: SlideDataProps) {
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
          renderView={({ landscape, stop }) => (
            <TourChart landscape={landscape} subcategory={stop.subcategory} />
          )}
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

export function ThenNowData({ qrUrl }: SlideDataProps) {
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
      {(data) =>
        firstDay ? (
          <ThenNowSlide
            landscape={data}
            thenDate={firstDay}
            qrUrl={qrUrl}
            renderView={(args) => <ThenNowChart {...args} />}
          />
        ) : (
          <SlideFrame
            kicker="Observability landscape"
            title="Then and now"
            qrUrl={qrUrl}
          >
            <p>The event catalog gives no first day for this event.</p>
          </SlideFrame>
        )
      }
    </SlideState>
  );
}

export function TimelineData({ step, qrUrl }: SlideDataProps) {
  const landscape = useQuery(landscapeQueries.whole());
  const { featured, firstDay } = useEventFirstDay();
  const catalog = featured.data?.catalog;
  const series = useMemo(
    () => (landscape.data ? computeStatusSeries(landscape.data) : undefined),
    [landscape.data],
  );
  const events = useMemo(
    () =>
      (catalog?.events ?? []).flatMap((e) =>
        e.startDate && firstDay && e.startDate <= firstDay
          ? [
              {
                id: e.id,
                label: e.shortName,
                start: e.startDate,
                end: e.endDate ?? e.startDate,
              },
            ]
          : [],
      ),
    [catalog, firstDay],
  );
  return (
    <SlideState
      kicker="CNCF projects"
      title={TIMELINE_TITLE}
      qrUrl={qrUrl}
      queries={[landscape, featured]}
      data={landscape.data && featured.data ? landscape.data : undefined}
    >
      {() =>
        series ? (
          <SlideFrame
            kicker="CNCF projects"
            title={TIMELINE_TITLE}
            qrUrl={qrUrl}
          >
            <BoothTimeline
              series={series}
              events={events}
              until={step === 0 && firstDay ? firstDay : series.end}
            />
          </SlideFrame>
        ) : (
          <SlideFrame
            kicker="CNCF projects"
            title={TIMELINE_TITLE}
            qrUrl={qrUrl}
          >
            <p>This landscape carries no dates for its CNCF projects.</p>
          </SlideFrame>
        )
      }
    </SlideState>
  );
}
