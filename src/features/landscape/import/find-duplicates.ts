import type { ReadItem } from './read-item';

const placeOf = (item: ReadItem) =>
  `${item.place.category ?? '?'} / ${item.place.subcategory ?? '?'}`;

/**
 * Marks repeated names, comparing each item with the first acceptable item
 * of that name. Twice in one subcategory: the later one is rejected (it
 * would be the same entry twice). In another subcategory: a warning, and
 * both are shown, as the official landscape shows them.
 */
export function markDuplicates(items: readonly ReadItem[]): void {
  const first = new Map<string, ReadItem>();
  for (const item of items) {
    if (!item.name || item.errors.length > 0) continue;
    const key = item.name.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, item);
      continue;
    }
    const samePlace = placeOf(earlier) === placeOf(item);
    const problem = {
      line: item.line,
      subject: `item "${item.name}"`,
      category: item.place.category,
    };
    if (samePlace) {
      item.errors.push({
        ...problem,
        severity: 'error',
        message: `duplicate name: "${earlier.name}" is already listed at line ${earlier.line} in the same subcategory`,
      });
    } else {
      item.warnings.push({
        ...problem,
        severity: 'warning',
        message: `duplicate name: also listed at line ${earlier.line} (${placeOf(earlier)}); both are shown`,
      });
    }
  }
}
