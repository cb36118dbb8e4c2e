import * as v from 'valibot';

import {
  IsoDateSchema,
  NameSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from '@/lib/schemas/common';

/** CNCF maturity levels; `null` in the data means "not a CNCF project". */
export const CNCF_STATUSES = [
  'graduated',
  'incubating',
  'sandbox',
  'archived',
] as const;
export type CncfStatus = (typeof CNCF_STATUSES)[number];

/** Status as shown in the chart: a CNCF level or `none`. */
export type DisplayStatus = CncfStatus | 'none';

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  graduated: 'Graduated',
  incubating: 'Incubating',
  sandbox: 'Sandbox',
  archived: 'Archived',
  none: 'Not a CNCF project',
};

/** When the CNCF took each step; `null` where the data gives no date. */
export const StatusDatesSchema = v.object({
  accepted: v.nullable(IsoDateSchema),
  incubating: v.nullable(IsoDateSchema),
  graduated: v.nullable(IsoDateSchema),
  archived: v.nullable(IsoDateSchema),
});
export type StatusDates = v.InferOutput<typeof StatusDatesSchema>;

export const LandscapeItemSchema = v.object({
  /** URL-safe, unique within a landscape: `prometheus`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  name: NameSchema,
  category: NameSchema,
  subcategory: NameSchema,
  description: v.nullable(v.string()),
  /** Rendered as a link only when http(s). */
  homepageUrl: v.string(),
  repoUrl: v.nullable(v.string()),
  /** Status today (as of the file's date); `null`: not a CNCF project. */
  status: v.nullable(v.picklist(CNCF_STATUSES)),
  dates: StatusDatesSchema,
});
export type LandscapeItem = v.InferOutput<typeof LandscapeItemSchema>;

export const LandscapeCategorySchema = v.object({
  name: NameSchema,
  /** In display order; a subcategory may have no items. */
  subcategories: v.array(NameSchema),
});
export type LandscapeCategory = v.InferOutput<typeof LandscapeCategorySchema>;

export const LandscapeSchema = v.object({
  schemaVersion: SchemaVersionSchema,
  /** Human name: `CNCF landscape: Observability and Analysis`. */
  name: TextSchema,
  /** The date the data describes (statuses are as of this date). */
  asOf: IsoDateSchema,
  sources: v.array(SourceSchema),
  categories: v.array(LandscapeCategorySchema),
  items: v.array(LandscapeItemSchema),
});
export type Landscape = v.InferOutput<typeof LandscapeSchema>;
