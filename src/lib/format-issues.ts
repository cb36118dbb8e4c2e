import type { core } from 'zod/mini';

type Issue = core.$ZodIssue;

/** `['categories', 0, 'winners', 2, 'rank']` → `categories[0].winners[2].rank`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(root)';
}

const ARTICLE_BEFORE_VOWEL = /^[aeiou]/i;

function withArticle(word: string): string {
  return `${ARTICLE_BEFORE_VOWEL.test(word) ? 'an' : 'a'} ${word}`;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** Plain-English text for one schema issue (zod/mini ships no messages). */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${withArticle(issue.expected)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${describeValue(issue.values[0])}`
        : `expected one of ${issue.values.map(describeValue).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has unknown keys ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : 'is not valid';
  }
}

/** One line per issue, at most `limit` lines, the rest counted. */
export function formatIssues(issues: readonly Issue[], limit = 8): string[] {
  const lines = issues
    .slice(0, limit)
    .map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`);
  if (issues.length > limit) {
    lines.push(`…and ${issues.length - limit} more problems`);
  }
  return lines;
}
