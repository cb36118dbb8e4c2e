import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

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

export const CatalogEventSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  name: TextSchema,
  shortName: TextSchema,
  city: v.nullable(v.string()),
  region: v.nullable(v.string()),
  country: v.nullable(v.string()),
  year: v.number(),
  /** First and last day; `null` where no source gives them. */
  startDate: v.nullable(IsoDateSchema),
  endDate: v.nullable(IsoDateSchema),
  note: v.nullable(v.string()),
  /** Where the dates come from, when not from the main source. */
  datesSource: v.nullable(SourceSchema),
  /** Which data files exist under `v1/events/<id>/`. */
  sections: v.array(v.picklist(EVENT_SECTIONS)),
});
export type CatalogEvent = v.InferOutput<typeof CatalogEventSchema>;

export const EventCatalogSchema = v.object({
  schemaVersion: SchemaVersionSchema,
  /** The event the app opens on. */
  featured: TextSchema,
  /** Date the data was last reviewed. */
  updated: IsoDateSchema,
  events: v.array(CatalogEventSchema),
});
export type EventCatalog = v.InferOutput<typeof EventCatalogSchema>;

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
