// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { NameSchema } from './common';

describe('NameSchema', () => {
  it('strips bidi controls from names and refuses a name made only of them', () => {
    expect(v.parse(NameSchema, 'Evil\u202Etxt.exe')).toBe('Eviltxt.exe');
    expect(v.safeParse(NameSchema, '\u202E\u2066').success).toBe(false);
  });
});
