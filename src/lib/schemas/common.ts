import * as z from 'zod/mini';

/** A non-empty string. */
export const TextSchema = z.string().check(z.minLength(1));

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

/** A link as the data gives it; the UI only makes it clickable when http(s). */
export const LinkSchema = z.object({
  label: TextSchema,
  url: z.string(),
});
export type Link = z.infer<typeof LinkSchema>;

/** The data-file format version; see SUPPORTED_SCHEMA_VERSION. */
export const SchemaVersionSchema = z.literal(1);

/** Where a data file's facts come from. */
export const SourceSchema = z.object({
  title: TextSchema,
  kind: z.enum(['article', 'schedule', 'landscape', 'other']),
  url: z.nullable(z.string()),
  note: z.nullable(z.string()),
});
export type Source = z.infer<typeof SourceSchema>;
