import { queryOptions } from '@tanstack/react-query';

import { dataUrl } from '@/config/env';

import { fetchJson } from './fetch-json';
import { EventCatalogSchema, featuredEvent } from './schemas/event-catalog';

import type {
  CatalogEvent,
  EVENT_SECTIONS,
  EventCatalog,
} from './schemas/event-catalog';
import type { QueryClient } from '@tanstack/react-query';
import type * as v from 'valibot';

// The schemas live in a module free of `import.meta.env` and React Query so
// the build-time feed generator can load them in Node.
export { EventCatalogSchema } from './schemas/event-catalog';
export type { CatalogEvent, EventCatalog } from './schemas/event-catalog';

/** `v1/events/<id>/<section>.json` */
function eventFileUrl(
  eventId: string,
  section: (typeof EVENT_SECTIONS)[number],
): string {
  return dataUrl(`v1/events/${encodeURIComponent(eventId)}/${section}.json`);
}

export const catalogQueries = {
  all: ['catalog'] as const,
  catalog: () =>
    queryOptions({
      queryKey: [...catalogQueries.all],
      queryFn: ({ signal }) =>
        fetchJson(dataUrl('v1/events.json'), EventCatalogSchema, { signal }),
    }),
  /** The catalog with its featured event picked out (same cache entry). */
  featured: () =>
    queryOptions({
      ...catalogQueries.catalog(),
      select: (catalog: EventCatalog): FeaturedEvent => ({
        catalog,
        event: featuredEvent(catalog),
      }),
    }),
};

/** The catalog and the event the app is about. */
export type FeaturedEvent = { catalog: EventCatalog; event: CatalogEvent };

/** One of the featured event's files, with the event it belongs to. */
export type FeaturedFile<T> = FeaturedEvent & { data: T };

/**
 * The query function of every per-event file: resolves the featured event
 * through the cached catalog (fetching it once), then fetches and validates
 * the event's `section` file. Routes and loaders need no event id, so a page
 * renders one QueryView and a loader is one `prefetchQuery`.
 */
export async function fetchFeaturedFile<S extends v.GenericSchema>(
  client: QueryClient,
  section: (typeof EVENT_SECTIONS)[number],
  schema: S,
  signal: AbortSignal,
): Promise<FeaturedFile<v.InferOutput<S>>> {
  const catalog = await client.ensureQueryData(catalogQueries.catalog());
  const event = featuredEvent(catalog);
  const data = await fetchJson(eventFileUrl(event.id, section), schema, {
    signal,
  });
  return { catalog, event, data };
}

/** Whether an event is over on `today` (ISO date); `null` when unknown. */
export function isPastEvent(
  event: CatalogEvent,
  today: string,
): boolean | null {
  if (event.endDate) return event.endDate < today;
  const year = Number(today.slice(0, 4));
  if (event.year < year) return true;
  if (event.year > year) return false;
  return null;
}

/** An event placed on a timeline: its first and last day. */
export type DatedEvent = {
  id: string;
  label: string;
  start: string;
  end: string;
};

/** The catalog's events with dates (up to `until`, if given); undated ones cannot be placed. */
export function datedEvents(
  catalog: EventCatalog | undefined,
  until?: string,
): DatedEvent[] {
  return (catalog?.events ?? []).flatMap((e) =>
    e.startDate && (until === undefined || e.startDate <= until)
      ? [
          {
            id: e.id,
            label: e.shortName,
            start: e.startDate,
            end: e.endDate ?? e.startDate,
          },
        ]
      : [],
  );
}
