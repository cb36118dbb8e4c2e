// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { formatIssues, formatPath } from './format-issues';
import { MAX_TEXT_LENGTH, TextSchema } from './schemas/common';

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['categories', 0, 'winners', 2, 'rank'])).toBe(
      'categories[0].winners[2].rank',
    );
    expect(formatPath([])).toBe('(root)');
  });
});

describe('formatIssues', () => {
  const Schema = v.object({
    kind: v.picklist(['a', 'b']),
    name: v.pipe(v.string(), v.minLength(1)),
    version: v.literal(1),
  });

  it('describes each issue in plain words', () => {
    const result = v.safeParse(Schema, { kind: 'c', name: '', version: 2 });
    expect(result.success).toBe(false);
    expect(formatIssues(result.issues ?? [])).toEqual([
      'kind: expected one of "a", "b"',
      'name: must not be empty',
      'version: expected 1',
    ]);
  });

  it('caps the list and counts the rest', () => {
    const result = v.safeParse(v.array(v.number()), ['a', 'b', 'c', 'd']);
    expect(formatIssues(result.issues ?? [], 2)).toEqual([
      '[0]: expected a number',
      '[1]: expected a number',
      '…and 2 more problems',
    ]);
  });

  it('refuses a text longer than the cap, saying how long, in one pass', () => {
    const schema = v.object({ summary: TextSchema });
    const started = performance.now();
    const result = v.safeParse(schema, {
      summary: 'x'.repeat(10 * 1024 * 1024),
    });
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.success).toBe(false);
    expect(formatIssues(result.issues ?? [])).toEqual([
      'summary: too long: 10,485,760 characters (at most 5,000)',
    ]);
    expect(v.is(TextSchema, 'x'.repeat(MAX_TEXT_LENGTH))).toBe(true);
  });
});
