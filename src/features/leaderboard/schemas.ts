import * as v from 'valibot';

import {
  LinkSchema,
  NameSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from '@/lib/schemas/common';

/** A figure for one winner; `null` means the source does not publish it. */
const MetricValueSchema = v.nullable(
  v.object({
    value: v.number(),
    qualifier: v.picklist(['exact', 'more-than', 'about']),
  }),
);

const MetricSchema = v.object({
  id: TextSchema,
  label: TextSchema,
  unit: v.nullable(v.string()),
});
export type Metric = v.InferOutput<typeof MetricSchema>;

export const WinnerSchema = v.object({
  name: NameSchema,
  kind: v.picklist(['organization', 'person', 'project']),
  /** 1 is first place; `null` for awards that are not ranked. */
  rank: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Who they are (for a person: role and organisation). */
  role: v.nullable(v.string()),
  organization: v.nullable(v.string()),
  reason: TextSchema,
  highlights: v.array(TextSchema),
  /** Keyed by the category's metric ids. */
  metrics: v.record(v.string(), MetricValueSchema),
  links: v.array(LinkSchema),
});
export type Winner = v.InferOutput<typeof WinnerSchema>;

const AwardCategorySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  name: TextSchema,
  year: v.number(),
  description: TextSchema,
  presenter: v.nullable(v.string()),
  votedBy: v.nullable(v.string()),
  /** First time the award was given. */
  isNew: v.boolean(),
  /** False when the source names no winners (the list is then empty). */
  winnersNamed: v.boolean(),
  note: v.nullable(v.string()),
  metrics: v.array(MetricSchema),
  winners: v.array(WinnerSchema),
});
export type AwardCategory = v.InferOutput<typeof AwardCategorySchema>;

export const AwardsSchema = v.object({
  schemaVersion: SchemaVersionSchema,
  eventId: TextSchema,
  sources: v.array(SourceSchema),
  categories: v.array(AwardCategorySchema),
});
export type Awards = v.InferOutput<typeof AwardsSchema>;
