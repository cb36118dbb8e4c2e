import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { dataUrl } from '@/config/env';

import { fetchJson } from './fetch-json';
import {
  IsoDateSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from './schemas/common';

/** The sections an event can have data files for. */
export const EVENT_SECTIONS = ['overview', 'announcements', 'awards'] as const;

export const CatalogEventSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  name: TextSchema,
  shortName: TextSchema,
  city: z.nullable(z.string()),
  region: z.nullable(z.string()),
  country: z.nullable(z.string()),
  year: z.number(),
  /** First and last day; `null` where no source gives them. */
  startDate: z.nullable(IsoDateSchema),
  endDate: z.nullable(IsoDateSchema),
  note: z.nullable(z.string()),
  /** Where the dates come from, when not from the main source. */
  datesSource: z.nullable(SourceSchema),
  /** Which data files exist under `v1/events/<id>/`. */
  sections: z.array(z.enum(EVENT_SECTIONS)),
});
export type CatalogEvent = z.infer<typeof CatalogEventSchema>;

export const EventCatalogSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  /** The event the app opens on. */
  featured: TextSchema,
  /** Date the data was last reviewed. */
  updated: IsoDateSchema,
  events: z.array(CatalogEventSchema),
});
export type EventCatalog = z.infer<typeof EventCatalogSchema>;

/** `v1/events/<id>/<section>.json` */
export function eventFileUrl(
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
};

/** The featured event, or a clear error when the catalog names none that exists. */
export function featuredEvent(catalog: EventCatalog): CatalogEvent {
  const event = catalog.events.find((e) => e.id === catalog.featured);
  if (!event) {
    throw new Error(
      `events.json: featured: no event with id "${catalog.featured}"`,
    );
  }
  return event;
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
