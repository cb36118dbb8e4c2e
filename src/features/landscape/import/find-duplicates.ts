import type { ReadItem } from './read-item';

const placeOf = (item: ReadItem) =>
  `${item.place.category ?? '?'} / ${item.place.subcategory ?? '?'}`;

/**
 * Marks repeated names. Twice in one subcategory: the later one is rejected
 * (it would be the same entry twice), whatever stands elsewhere. In another
 * subcategory than the name's first acceptable item: a warning, and both are
 * shown, as the official landscape shows them. One pass, two maps.
 */
export function markDuplicates(items: readonly ReadItem[]): void {
  const first = new Map<string, ReadItem>();
  const firstHere = new Map<string, ReadItem>();
  for (const item of items) {
    if (!item.name || item.errors.length > 0) continue;
    const key = item.name.toLowerCase();
    const hereKey = `${placeOf(item)}\u0000${key}`;
    const earlierHere = firstHere.get(hereKey);
    const earlier = earlierHere ?? first.get(key);
    if (!earlier) {
      first.set(key, item);
      firstHere.set(hereKey, item);
      continue;
    }
    if (!earlierHere) firstHere.set(hereKey, item);
    const samePlace = earlierHere !== undefined;
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
