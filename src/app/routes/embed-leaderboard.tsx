import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle, paths } from '@/config/paths';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import { EmbedLeaderboard } from '@/features/leaderboard/embed/components/embed-leaderboard';
import {
  effectiveEmbedTheme,
  parseEmbedParams,
} from '@/features/leaderboard/embed/embed-params';
import { startHeightReporting } from '@/features/leaderboard/embed/embed-height';
import { useThemeOverride } from '@/hooks/use-theme';

import type { EmbedParams } from '@/features/leaderboard/embed/embed-params';

/**
 * The SPA's version of the embed, for `vite` dev and client navigation.
 * Production serves /embed/leaderboard pre-rendered (features/leaderboard/embed/page), from the
 * same EmbedLeaderboard component; this route applies the same options.
 */
function useEmbedDocument(params: EmbedParams) {
  const { bg, accent } = params;
  const theme = effectiveEmbedTheme(params);
  useThemeOverride(theme === 'auto' ? 'system' : theme);
  useEffect(() => {
    const root = document.documentElement;
    document.body.style.background = bg ?? '';
    if (accent) {
      root.style.setProperty('--color-accent-600', accent);
      root.style.setProperty('--color-accent-400', accent);
    }
    return () => {
      document.body.style.background = '';
      root.style.removeProperty('--color-accent-600');
      root.style.removeProperty('--color-accent-400');
    };
  }, [bg, accent]);
  useEffect(() => startHeightReporting(window), []);
}

export function Component() {
  const [searchParams] = useSearchParams();
  const params = parseEmbedParams(searchParams);
  useEmbedDocument(params);
  const awards = useQuery(leaderboardQueries.awards());
  return (
    <>
      <title>{pageTitle('Award leaderboard')}</title>
      <QueryView
        query={awards}
        loadingLabel="Loading awards…"
        skeleton={<Skeleton className="h-72" />}
      >
        {({ event, data }) => (
          <EmbedLeaderboard
            awards={data}
            eventName={event.name}
            params={params}
            fullResultsUrl={paths.awards}
          />
        )}
      </QueryView>
    </>
  );
}
