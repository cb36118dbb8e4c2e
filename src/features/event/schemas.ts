import * as z from 'zod/mini';

import {
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from '@/lib/schemas/common';
import { FigureSchema } from '@/lib/schemas/figure';

export const PersonSchema = z.object({
  name: TextSchema,
  organization: z.nullable(z.string()),
  role: z.nullable(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

export const KeynoteSchema = z.object({
  id: TextSchema,
  /** Day of the event as the source counts it; `null` when not given. */
  day: z.nullable(z.number()),
  title: TextSchema,
  summary: TextSchema,
  speakers: z.array(PersonSchema),
});
export type Keynote = z.infer<typeof KeynoteSchema>;

export const ThemeSchema = z.object({
  id: TextSchema,
  title: TextSchema,
  summary: TextSchema,
  /** How the source weighs it: the main thrust, or the talk of the show. */
  emphasis: z.enum(['dominant', 'buzz', 'notable']),
});
export type EventTheme = z.infer<typeof ThemeSchema>;

export const DaySchema = z.object({
  day: z.number(),
  focus: z.array(TextSchema),
});

export const EventOverviewSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  eventId: TextSchema,
  tagline: TextSchema,
  /** Key figures (attendees, exhibitors); each keeps the source's hedging. */
  figures: z.array(z.extend(FigureSchema, { id: TextSchema })),
  character: z.nullable(z.string()),
  days: z.array(DaySchema),
  keynotes: z.array(KeynoteSchema),
  themes: z.array(ThemeSchema),
  sources: z.array(SourceSchema),
});
export type EventOverview = z.infer<typeof EventOverviewSchema>;
