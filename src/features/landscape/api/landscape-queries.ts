import { queryOptions } from '@tanstack/react-query';

import { dataUrl } from '@/config/env';
import { fetchJson } from '@/lib/fetch-json';

import { LandscapeSchema } from '../schemas';

export const landscapeQueries = {
  all: ['landscape'] as const,
  /** The observability landscape file shipped with the app. */
  shipped: () =>
    queryOptions({
      queryKey: [...landscapeQueries.all, 'shipped'],
      queryFn: ({ signal }) =>
        fetchJson(dataUrl('v1/landscape/observability.json'), LandscapeSchema, {
          signal,
        }),
    }),
};
