import * as v from 'valibot';

import {
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from '@/lib/schemas/common';
import { FigureSchema } from '@/lib/schemas/figure';

const PersonSchema = v.object({
  name: TextSchema,
  organization: v.nullable(v.string()),
  role: v.nullable(v.string()),
});
export type Person = v.InferOutput<typeof PersonSchema>;

const KeynoteSchema = v.object({
  id: TextSchema,
  /** Day of the event as the source counts it; `null` when not given. */
  day: v.nullable(v.number()),
  title: TextSchema,
  summary: TextSchema,
  speakers: v.array(PersonSchema),
});
export type Keynote = v.InferOutput<typeof KeynoteSchema>;

const ThemeSchema = v.object({
  id: TextSchema,
  title: TextSchema,
  summary: TextSchema,
  /** How the source weighs it: the main thrust, or the talk of the show. */
  emphasis: v.picklist(['dominant', 'buzz', 'notable']),
});
export type EventTheme = v.InferOutput<typeof ThemeSchema>;

const DaySchema = v.object({
  day: v.number(),
  focus: v.array(TextSchema),
});

export const EventOverviewSchema = v.object({
  schemaVersion: SchemaVersionSchema,
  eventId: TextSchema,
  tagline: TextSchema,
  /** Key figures (attendees, exhibitors); each keeps the source's hedging. */
  figures: v.array(v.object({ ...FigureSchema.entries, id: TextSchema })),
  character: v.nullable(v.string()),
  days: v.array(DaySchema),
  keynotes: v.array(KeynoteSchema),
  themes: v.array(ThemeSchema),
  sources: v.array(SourceSchema),
});
export type EventOverview = v.InferOutput<typeof EventOverviewSchema>;
