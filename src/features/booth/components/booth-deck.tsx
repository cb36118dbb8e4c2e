import { useQuery } from '@tanstack/react-query';

import { paths } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { landscapeQueries } from '@/features/landscape/api/landscape-queries';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import { catalogQueries } from '@/lib/event-catalog';

import { SLIDE_LABELS } from '../booth-params';
import { countTourSteps } from '../model/landscape-views';
import { AnnouncementsData, AwardsData, EventData } from './booth-slides';
import {
  LandscapeTourData,
  ThenNowData,
  TimelineData,
} from './landscape-slides';

import type { SlideId } from '../booth-params';
import type { BoothSlide, BoothViews } from '../types';
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
 * `views` draws the other features' charts (see BoothViews).
 */
export function useBoothDeck(ids: SlideId[], views: BoothViews) {
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
      render: (step, qrUrl) => <View step={step} qrUrl={qrUrl} views={views} />,
    };
  });
  return { slides, event: featured.data?.event };
}
