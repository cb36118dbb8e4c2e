import * as v from 'valibot';

import { CNCF_STATUSES } from '@/lib/schemas/cncf-status';
import {
  IsoDateSchema,
  NameSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from '@/lib/schemas/common';

/** When the CNCF took each step; `null` where the data gives no date. */
const StatusDatesSchema = v.object({
  accepted: v.nullable(IsoDateSchema),
  incubating: v.nullable(IsoDateSchema),
  graduated: v.nullable(IsoDateSchema),
  archived: v.nullable(IsoDateSchema),
});
export type StatusDates = v.InferOutput<typeof StatusDatesSchema>;

/** Another place the landscape also lists an item (`second_path`). */
const SecondPathSchema = v.object({
  category: TextSchema,
  subcategory: TextSchema,
});
export type SecondPath = v.InferOutput<typeof SecondPathSchema>;

export const LandscapeItemSchema = v.object({
  /** URL-safe, unique within a landscape: `prometheus`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  name: NameSchema,
  category: NameSchema,
  subcategory: NameSchema,
  /** The team's own words; never copied from the landscape file. */
  description: v.nullable(v.string()),
  /** Rendered as a link only when http(s). */
  homepageUrl: v.string(),
  repoUrl: v.nullable(v.string()),
  /** Status today (as of the file's date); `null`: not a CNCF project. */
  status: v.nullable(v.picklist(CNCF_STATUSES)),
  dates: StatusDatesSchema,
  /**
   * The file's own maturity word where it is not a CNCF status (`emeritus`,
   * `member`, …); absent for CNCF statuses and items with none.
   */
  maturity: v.optional(v.nullable(NameSchema)),
  /**
   * The logo's file name as the landscape file gives it (`prometheus.svg`,
   * a file of cncf/landscape's `hosted_logos/`); `null`: none given.
   */
  logo: v.nullable(v.string()),
  /**
   * The other places the landscape also lists the item (its `second_path`),
   * in file order. The item is shown once, in `category`/`subcategory`.
   */
  secondPaths: v.array(SecondPathSchema),
});
export type LandscapeItem = v.InferOutput<typeof LandscapeItemSchema>;

const LandscapeCategorySchema = v.object({
  name: NameSchema,
  /** In display order; a subcategory may have no items. */
  subcategories: v.array(NameSchema),
});
export type LandscapeCategory = v.InferOutput<typeof LandscapeCategorySchema>;

/**
 * Where generated landscape data comes from: a landscape.yml in a git
 * repository, at a commit. Readers see it with its licence's attribution.
 */
const LandscapeOriginSchema = v.object({
  /** `owner/name` on GitHub: `cncf/landscape`. */
  repository: TextSchema,
  /** The file's path in the repository: `landscape.yml`. */
  file: TextSchema,
  /** The full commit hash; `null` when unknown. */
  commit: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/))),
  /** The file's date at that commit, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** The licence(s) the data is used under: `Apache-2.0 or CC BY 4.0`. */
  licence: TextSchema,
  /** The credit the licence asks for, shown wherever the data is. */
  attribution: TextSchema,
});
export type LandscapeOrigin = v.InferOutput<typeof LandscapeOriginSchema>;

export const LandscapeSchema = v.object({
  schemaVersion: SchemaVersionSchema,
  /** Human name: `CNCF landscape: Observability and Analysis`. */
  name: TextSchema,
  /** The date the data describes (statuses are as of this date). */
  asOf: IsoDateSchema,
  /** Generated data's source; `null` for a file the reader opened. */
  origin: v.optional(v.nullable(LandscapeOriginSchema), null),
  /**
   * A file of another foundation (CDF, ASWF, …): its statuses are its own,
   * so they are named without "CNCF". Absent: the CNCF's.
   */
  foreign: v.optional(v.boolean()),
  /**
   * The folder of the file's logos (`…/hosted_logos/` next to a landscape.yml
   * loaded by URL). Absent: the CNCF's, or none for a foreign file opened
   * from disk (see logoBaseOf).
   */
  logoBase: v.optional(v.pipe(v.string(), v.url())),
  sources: v.array(SourceSchema),
  categories: v.array(LandscapeCategorySchema),
  items: v.array(LandscapeItemSchema),
});
export type Landscape = v.InferOutput<typeof LandscapeSchema>;

/** A subcategory in the index, with its item count. */
const IndexSubcategorySchema = v.object({
  name: TextSchema,
  items: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A category in the index: where its file is and what it holds. */
const IndexCategorySchema = v.object({
  name: TextSchema,
  /** URL-safe id, also the file's name: `observability-and-analysis`. */
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  /** Path relative to `v1/landscape/`: `categories/<slug>.json`. */
  file: v.pipe(v.string(), v.regex(/^[a-z0-9/-]+\.json$/, 'expected a file')),
  items: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** In display order; a subcategory may have no items. */
  subcategories: v.array(IndexSubcategorySchema),
});
export type IndexCategory = v.InferOutput<typeof IndexCategorySchema>;

/**
 * `v1/landscape/index.json`: what the shipped landscape holds and where each
 * category's file is, so a view loads only the category it shows.
 */
export const LandscapeIndexSchema = v.object({
  schemaVersion: SchemaVersionSchema,
  name: TextSchema,
  asOf: IsoDateSchema,
  origin: LandscapeOriginSchema,
  /** Items in the whole landscape (the sum of the categories' items). */
  items: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Every category in one file, relative to `v1/landscape/`: `all.json`. */
  allFile: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9/-]+\.json$/, 'expected a file'),
  ),
  categories: v.array(IndexCategorySchema),
});
export type LandscapeIndex = v.InferOutput<typeof LandscapeIndexSchema>;
