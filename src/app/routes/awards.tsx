import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { QueryView } from '@/components/ui/query-view';
import { SkeletonStack } from '@/components/ui/skeleton';
import { pageTitle, paths } from '@/config/paths';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import {
  ALL_AWARDS,
  AWARD_PARAM,
  parseAwardChoice,
} from '@/features/leaderboard/award-choice';
import { AwardFilter } from '@/features/leaderboard/components/award-filter';
import { AwardLeaderboard } from '@/features/leaderboard/components/award-leaderboard';
import { useSearchState } from '@/hooks/use-search-state';

import type { AwardChoice } from '@/features/leaderboard/award-choice';
import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(leaderboardQueries.awards());
  return null;
};

const AWARDS_SKELETON = ['h-72', 'h-40'];

/** The filter lives in the URL (`?award=end-user`) so a filtered view can be shared. */
const readAward = (params: URLSearchParams) =>
  parseAwardChoice(params.get(AWARD_PARAM));

function writeAward(award: AwardChoice, current: URLSearchParams) {
  const params = new URLSearchParams(current);
  if (award === ALL_AWARDS) params.delete(AWARD_PARAM);
  else params.set(AWARD_PARAM, award);
  return params;
}

export function Component() {
  const awards = useQuery(leaderboardQueries.awards());
  const [award, setAward] = useSearchState(readAward, writeAward);
  return (
    <>
      <title>{pageTitle('Awards')}</title>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">Awards</h1>
          {awards.data && (
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              Winners announced at {awards.data.event.name}.
            </p>
          )}
        </div>
        <Link
          to={paths.awardsEmbed}
          className={`rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
        >
          Embed this leaderboard on your site
        </Link>
      </div>
      <QueryView
        query={awards}
        loadingLabel="Loading awards…"
        skeleton={<SkeletonStack blocks={AWARDS_SKELETON} />}
      >
        {({ data }) => (
          <>
            <div className="mb-6">
              <AwardFilter awards={data} value={award} onChange={setAward} />
            </div>
            <AwardLeaderboard awards={data} award={award} />
          </>
        )}
      </QueryView>
    </>
  );
}
