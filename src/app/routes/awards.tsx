import { useQuery } from '@tanstack/react-query';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle } from '@/config/paths';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import { AwardCategorySection } from '@/features/leaderboard/components/award-category-section';
import { useFeaturedEvent } from '@/hooks/use-featured-event';
import { prefetchForFeaturedEvent } from '@/lib/prefetch';

import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () =>
  prefetchForFeaturedEvent(queryClient, (eventId) => {
    void queryClient.prefetchQuery(leaderboardQueries.awards(eventId));
  });

function AwardsSkeleton() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-72" />
      <Skeleton className="h-40" />
    </div>
  );
}

function AwardList({ eventId }: { eventId: string }) {
  const awards = useQuery(leaderboardQueries.awards(eventId));
  return (
    <QueryView
      query={awards}
      loadingLabel="Loading awards…"
      skeleton={<AwardsSkeleton />}
    >
      {(data) => (
        <div className="space-y-6">
          {data.categories.map((category) => (
            <AwardCategorySection key={category.id} category={category} />
          ))}
        </div>
      )}
    </QueryView>
  );
}

export function Component() {
  const featured = useFeaturedEvent();
  return (
    <>
      <title>{pageTitle('Awards')}</title>
      <h1 className="mb-6 text-3xl font-bold">Awards</h1>
      <QueryView
        query={featured}
        loadingLabel="Loading events…"
        skeleton={<AwardsSkeleton />}
      >
        {({ event }) => <AwardList eventId={event.id} />}
      </QueryView>
    </>
  );
}
