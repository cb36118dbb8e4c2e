import { useQuery } from '@tanstack/react-query';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle } from '@/config/paths';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import { AwardCategorySection } from '@/features/leaderboard/components/award-category-section';
import { useFeaturedEvent } from '@/hooks/use-featured-event';

function Board({ eventId }: { eventId: string }) {
  const awards = useQuery(leaderboardQueries.awards(eventId));
  return (
    <QueryView
      query={awards}
      loadingLabel="Loading awards…"
      skeleton={<Skeleton className="h-72" />}
    >
      {(data) => (
        <div className="space-y-4">
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
      <title>{pageTitle('Award leaderboard')}</title>
      <h1 className="sr-only">Award leaderboard</h1>
      <QueryView
        query={featured}
        loadingLabel="Loading events…"
        skeleton={<Skeleton className="h-72" />}
      >
        {({ event }) => <Board eventId={event.id} />}
      </QueryView>
    </>
  );
}
