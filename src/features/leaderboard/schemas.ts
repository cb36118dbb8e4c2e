import * as z from 'zod/mini';

import {
  LinkSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from '@/lib/schemas/common';

/** A figure for one winner; `null` means the source does not publish it. */
export const MetricValueSchema = z.nullable(
  z.object({
    value: z.number(),
    qualifier: z.enum(['exact', 'more-than', 'about']),
  }),
);

export const MetricSchema = z.object({
  id: TextSchema,
  label: TextSchema,
  unit: z.nullable(z.string()),
});
export type Metric = z.infer<typeof MetricSchema>;

export const WinnerSchema = z.object({
  name: TextSchema,
  kind: z.enum(['organization', 'person', 'project']),
  /** 1 is first place; `null` for awards that are not ranked. */
  rank: z.nullable(z.number().check(z.int(), z.positive())),
  /** Who they are (for a person: role and organisation). */
  role: z.nullable(z.string()),
  organization: z.nullable(z.string()),
  reason: TextSchema,
  highlights: z.array(TextSchema),
  /** Keyed by the category's metric ids. */
  metrics: z.record(z.string(), MetricValueSchema),
  links: z.array(LinkSchema),
});
export type Winner = z.infer<typeof WinnerSchema>;

export const AWARD_CATEGORY_IDS = [
  'end-user',
  'lifetime',
  'community',
] as const;

export const AwardCategorySchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  name: TextSchema,
  year: z.number(),
  description: TextSchema,
  presenter: z.nullable(z.string()),
  votedBy: z.nullable(z.string()),
  /** First time the award was given. */
  isNew: z.boolean(),
  /** False when the source names no winners (the list is then empty). */
  winnersNamed: z.boolean(),
  note: z.nullable(z.string()),
  metrics: z.array(MetricSchema),
  winners: z.array(WinnerSchema),
});
export type AwardCategory = z.infer<typeof AwardCategorySchema>;

export const AwardsSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  eventId: TextSchema,
  sources: z.array(SourceSchema),
  categories: z.array(AwardCategorySchema),
});
export type Awards = z.infer<typeof AwardsSchema>;
