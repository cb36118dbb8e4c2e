import { useQuery } from '@tanstack/react-query';

import { paths } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { SLIDE_LABELS } from '@/features/booth/booth-params';
import { countTourSteps } from '@/features/booth/model/landscape-views';
import { landscapeQueries } from '@/features/landscape/api/landscape-queries';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import { catalogQueries } from '@/lib/event-catalog';

import {
  AnnouncementsData,
  AwardsData,
  EventData,
  LandscapeTourData,
  ThenNowData,
  TimelineData,
} from './booth-slides';

import type { SlideId } from '@/features/booth/booth-params';
import type { BoothSlide } from '@/features/booth/types';
import type { SlideDataProps } from './booth-slides';

const SLIDE_VIEWS: Record<SlideId, (props: SlideDataProps) => React.ReactNode> =
  {
    event: EventData,
    awards: AwardsData,
    announcements: AnnouncementsData,
    landscape: LandscapeTourData,
    'then-now': ThenNowData,
    timeline: TimelineData,
  };

/**
 * The configured slides with their step counts, which follow the data:
 * one step per award category, per announcement, per landscape
 * subcategory. Only the files the chosen slides need are fetched.
 */
export function useBoothDeck(ids: SlideId[]) {
  const featured = useQuery(catalogQueries.featured());
  const wants = (id: SlideId) => ids.includes(id);
  const awards = useQuery({
    ...leaderboardQueries.awards(),
    enabled: wants('awards'),
  });
  const list = useQuery({
    ...announcementQueries.list(),
    enabled: wants('announcements'),
  });
  const landscape = useQuery({
    ...landscapeQueries.category(),
    enabled: wants('landscape') || wants('then-now'),
  });
  const announcements = list.data?.data.announcements ?? [];

  const steps: Record<SlideId, number> = {
    event: 1,
    awards: Math.max(1, awards.data?.data.categories.length ?? 1),
    announcements: Math.max(1, announcements.length),
    landscape: landscape.data ? countTourSteps(landscape.data) : 1,
    'then-now': 1,
    // Up to the event, then up to the data's date.
    timeline: 2,
  };
  const sitePaths: Record<SlideId, (step: number) => string> = {
    event: () => paths.home,
    awards: () => paths.awards,
    announcements: (step) => {
      const a = announcements[step];
      return a ? paths.announcement(a.id) : paths.announcements;
    },
    landscape: () => paths.landscape,
    'then-now': () => paths.landscape,
    timeline: () => paths.timeline,
  };

  const slides: BoothSlide[] = ids.map((id) => {
    const View = SLIDE_VIEWS[id];
    return {
      id,
      title: SLIDE_LABELS[id],
      steps: steps[id],
      sitePath: sitePaths[id],
      render: (step, qrUrl) => <View step={step} qrUrl={qrUrl} />,
    };
  });
  return { slides, event: featured.data?.event };
}
