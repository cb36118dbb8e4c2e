import * as z from 'zod/mini';

import {
  IsoDateSchema,
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
export const StatusDatesSchema = z.object({
  accepted: z.nullable(IsoDateSchema),
  incubating: z.nullable(IsoDateSchema),
  graduated: z.nullable(IsoDateSchema),
  archived: z.nullable(IsoDateSchema),
});
export type StatusDates = z.infer<typeof StatusDatesSchema>;

export const LandscapeItemSchema = z.object({
  /** URL-safe, unique within a landscape: `prometheus`. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  name: TextSchema,
  category: TextSchema,
  subcategory: TextSchema,
  description: z.nullable(z.string()),
  /** Rendered as a link only when http(s). */
  homepageUrl: z.string(),
  repoUrl: z.nullable(z.string()),
  /** Status today (as of the file's date); `null`: not a CNCF project. */
  status: z.nullable(z.enum(CNCF_STATUSES)),
  dates: StatusDatesSchema,
});
export type LandscapeItem = z.infer<typeof LandscapeItemSchema>;

export const LandscapeCategorySchema = z.object({
  name: TextSchema,
  /** In display order; a subcategory may have no items. */
  subcategories: z.array(TextSchema),
});
export type LandscapeCategory = z.infer<typeof LandscapeCategorySchema>;

export const LandscapeSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  /** Human name: `CNCF landscape: Observability and Analysis`. */
  name: TextSchema,
  /** The date the data describes (statuses are as of this date). */
  asOf: IsoDateSchema,
  sources: z.array(SourceSchema),
  categories: z.array(LandscapeCategorySchema),
  items: z.array(LandscapeItemSchema),
});
export type Landscape = z.infer<typeof LandscapeSchema>;
