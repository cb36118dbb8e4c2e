import { queryOptions } from '@tanstack/react-query';

import { dataUrl } from '@/config/env';
import { fetchJson } from '@/lib/fetch-json';

import { LANDSCAPE_MARKS } from '../chart-marks';
import { LandscapeSchema } from '../schemas';

/** The landscape files the app ships, by id (`v1/landscape/<id>.json`). */
export const SHIPPED_LANDSCAPES = ['observability'] as const;
export type ShippedLandscapeId = (typeof SHIPPED_LANDSCAPES)[number];
export const DEFAULT_LANDSCAPE: ShippedLandscapeId = 'observability';

export function landscapeFileUrl(id: ShippedLandscapeId): string {
  return dataUrl(`v1/landscape/${encodeURIComponent(id)}.json`);
}

export const landscapeQueries = {
  all: ['landscape'] as const,
  shipped: (id: ShippedLandscapeId = DEFAULT_LANDSCAPE) =>
    queryOptions({
      queryKey: [...landscapeQueries.all, 'shipped', id],
      queryFn: async ({ signal }) => {
        const landscape = await fetchJson(
          landscapeFileUrl(id),
          LandscapeSchema,
          { signal },
        );
        // `npm run bench` times the chart from here to its first paint.
        performance.mark(LANDSCAPE_MARKS.parsed);
        return landscape;
      },
    }),
};
