import * as v from 'valibot';

import { TextSchema } from './common';

/**
 * A number as the source states it. `qualifier` keeps the source's hedging:
 * "more than 9,000" is `{ value: 9000, qualifier: 'more-than' }`; a range is
 * `{ value: 20000, max: 30000, qualifier: 'range' }`.
 */
export const FigureSchema = v.object({
  value: v.number(),
  max: v.optional(v.nullable(v.number())),
  qualifier: v.picklist([
    'exact',
    'more-than',
    'at-least',
    'about',
    'up-to',
    'range',
  ]),
  /** Unit after the number, such as `nodes` or `%`. */
  unit: v.optional(v.nullable(v.string())),
  /** What the figure measures, such as `Adobe nodes running Flatcar`. */
  label: TextSchema,
});
export type Figure = v.InferOutput<typeof FigureSchema>;
