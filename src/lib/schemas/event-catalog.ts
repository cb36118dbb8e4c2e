import * as v from 'valibot';

import {
  IsoDateSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from './common';

/** The sections an event can have data files for. */
export const EVENT_SECTIONS = ['overview', 'announcements', 'awards'] as const;

const CatalogEventSchema = v.object({
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
