import { useQuery } from '@tanstack/react-query';

import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { ANNOUNCEMENT_KIND_LABELS } from '@/features/announcements/schemas';
import { eventQueries } from '@/features/event/api/event-queries';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import {
  formatDate,
  formatDateRange,
  formatFigure,
  formatFigureValue,
} from '@/utils/format';

import { SlideState } from './slide-state';
import { AnnouncementSlide } from './slides/announcement-slide';
import { AwardPodiumSlide } from './slides/award-podium-slide';
import { EventGlanceSlide } from './slides/event-glance-slide';

import type { BoothViews } from '../types';
import type { Winner } from '@/features/leaderboard/schemas';

/**
 * The booth's slides wired to the app's data. Each one observes its own
 * queries, so a slide whose data failed fetches again when it comes round.
 */
export type SlideDataProps = {
  step: number;
  qrUrl: string | null;
  views: BoothViews;
};

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
      {(data, frame) => {
        const category =
          data.categories[Math.min(step, data.categories.length - 1)];
        if (!category) {
          return frame(<p>No awards are recorded for this event yet.</p>);
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
      {({ announcements }, frame) => {
        const index = Math.min(step, announcements.length - 1);
        const a = announcements[index];
        if (!a) {
          return frame(
            <p>No announcements have been recorded for this event yet.</p>,
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
