/**
 * Generators of hostile landscape files for tests and `npm run bench`
 * (never committed as files: they are built in memory when needed).
 */

/** One well-formed item, indented for a subcategory's `items:` list. */
function item(name: string, indent: string): string {
  return `${indent}- item:\n${indent}  name: ${name}\n${indent}  homepage_url: https://example.org/${encodeURIComponent(name)}\n`;
}

/**
 * Alias amplification: a list of `listSize` items anchored once, then
 * `items: *i0` in `subcategories` subcategories. The defaults make the
 * 344 KB file of issue 12, which expands to a million items.
 */
export function aliasBombYaml(subcategories = 10_000, listSize = 100): string {
  const parts = ['anchors:\n  list: &i0\n'];
  for (let n = 0; n < listSize; n += 1) parts.push(item(`Item ${n}`, '    '));
  parts.push('landscape:\n  - category:\n    name: Bomb\n    subcategories:\n');
  for (let n = 0; n < subcategories; n += 1) {
    parts.push(
      `      - subcategory:\n        name: S${n}\n        items: *i0\n`,
    );
  }
  return parts.join('');
}

/** `landscape:` itself is an alias of an amplified list. */
export function landscapeAliasBombYaml(levels = 6, width = 10): string {
  const lines = ['a0: &a0 [{ name: C, subcategories: [] }]'];
  for (let level = 1; level <= levels; level += 1) {
    const refs = Array.from({ length: width }, () => `*a${level - 1}`);
    lines.push(`a${level}: &a${level} [${refs.join(', ')}]`);
  }
  lines.push(`landscape: *a${levels}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `subcategories` subcategories of one category, each holding one item
 * named `name` (issue 12's repeated-names file: 20,000 × `- name: X`).
 */
export function repeatedNamesYaml(subcategories = 20_000, name = 'X'): string {
  const parts = [
    'landscape:\n  - category:\n    name: Repeats\n    subcategories:\n',
  ];
  for (let n = 0; n < subcategories; n += 1) {
    parts.push(`      - subcategory:\n        name: S${n}\n        items:\n`);
    parts.push(item(name, '          '));
  }
  return parts.join('');
}

/** A flow sequence nested `depth` levels deep, as the value of `landscape:`. */
export function deepNestingYaml(depth = 10_000): string {
  return `landscape: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** One item whose name is `length` characters long. */
export function longNameYaml(length = 1_000_000): string {
  return [
    'landscape:',
    '  - category:',
    '    name: Long',
    '    subcategories:',
    '      - subcategory:',
    '        name: S',
    '        items:',
    item('n'.repeat(length), '          '),
  ].join('\n');
}
