// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';

import { formatIssues, formatPath } from './format-issues';

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
});
