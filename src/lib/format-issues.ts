import type * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/** `categories[0].winners[2].rank`, from a path of keys and indexes. */
export function formatPath(path: readonly unknown[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || '(root)';
}

function issueKeys(issue: Issue): unknown[] {
  return (issue.path ?? []).map((item) => item.key);
}

const ARTICLE_BEFORE_VOWEL = /^[aeiou]/i;

function withArticle(word: string): string {
  return `${ARTICLE_BEFORE_VOWEL.test(word) ? 'an' : 'a'} ${word}`;
}

/** `("a" | "b")` → `"a", "b"`. */
function listOptions(expected: string): string {
  return expected
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .join(', ');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** Plain-English text for one schema issue: `expected a number`. */
function describeIssue(issue: Issue): string {
  const requirement = 'requirement' in issue ? issue.requirement : undefined;
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'object':
    case 'array':
      return `expected ${TYPE_WORDS[issue.type] ?? withArticle(issue.type)}`;
    case 'picklist':
      return `expected one of ${listOptions(issue.expected ?? '')}`;
    case 'literal':
      return `expected ${issue.expected ?? 'a fixed value'}`;
    case 'min_length':
      return requirement === 1
        ? 'must not be empty'
        : `must have at least ${String(requirement)} items`;
    case 'max_length':
      return `too long: ${Number(issue.received).toLocaleString('en')} characters (at most ${Number(requirement).toLocaleString('en')})`;
    case 'min_value':
      return `must be at least ${String(requirement)}`;
    case 'max_value':
      return `must be at most ${String(requirement)}`;
    case 'integer':
      return 'expected a whole number';
    default:
      // Custom messages (regex checks in our schemas) are already phrased.
      return issue.message;
  }
}

/** One line per issue, at most `limit` lines, the rest counted. */
export function formatIssues(issues: readonly Issue[], limit = 8): string[] {
  const lines = issues
    .slice(0, limit)
    .map((issue) => `${formatPath(issueKeys(issue))}: ${describeIssue(issue)}`);
  if (issues.length > limit) {
    lines.push(`…and ${issues.length - limit} more problems`);
  }
  return lines;
}
