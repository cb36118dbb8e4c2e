import * as z from 'zod/mini';

import { TextSchema } from './common';

/**
 * A number as the source states it. `qualifier` keeps the source's hedging:
 * "more than 9,000" is `{ value: 9000, qualifier: 'more-than' }`; a range is
 * `{ value: 20000, max: 30000, qualifier: 'range' }`.
 */
export const FigureSchema = z.object({
  value: z.number(),
  max: z.optional(z.nullable(z.number())),
  qualifier: z.enum([
    'exact',
    'more-than',
    'at-least',
    'about',
    'up-to',
    'range',
  ]),
  /** Unit after the number, such as `nodes` or `%`. */
  unit: z.optional(z.nullable(z.string())),
  /** What the figure measures, such as `Adobe nodes running Flatcar`. */
  label: TextSchema,
});
export type Figure = z.infer<typeof FigureSchema>;
