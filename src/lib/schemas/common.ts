import * as v from 'valibot';

import { stripBidiControls } from '@/utils/text';

/** A non-empty string. */
export const TextSchema = v.pipe(v.string(), v.minLength(1));

/**
 * A name (of an item, a category, a winner, a person, an organisation):
 * non-empty once bidirectional controls are removed, so a name cannot
 * reorder itself or the text around it.
 */
export const NameSchema = v.pipe(
  v.string(),
  v.transform(stripBidiControls),
  v.minLength(1),
);

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
);

/** A link as the data gives it; the UI only makes it clickable when http(s). */
export const LinkSchema = v.object({
  label: TextSchema,
  url: v.string(),
});
export type Link = v.InferOutput<typeof LinkSchema>;

/** The data-file format version; see SUPPORTED_SCHEMA_VERSION. */
export const SchemaVersionSchema = v.literal(1);

/** Where a data file's facts come from. */
export const SourceSchema = v.object({
  title: TextSchema,
  kind: v.picklist(['article', 'schedule', 'landscape', 'other']),
  url: v.nullable(v.string()),
  note: v.nullable(v.string()),
});
export type Source = v.InferOutput<typeof SourceSchema>;
