import * as z from 'zod/mini';

import {
  IsoDateSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from './common';

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
