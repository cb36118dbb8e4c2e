import type { Landscape, LandscapeIndex } from '../schemas';

/** The whole landscape as one value, from every category's file in index order. */
export function mergeCategories(
  index: LandscapeIndex,
  parts: readonly Landscape[],
): Landscape {
  return {
    schemaVersion: index.schemaVersion,
    name: index.name,
    asOf: index.asOf,
    origin: index.origin,
    sources: parts[0]?.sources ?? [],
    categories: parts.flatMap((part) => part.categories),
    items: parts.flatMap((part) => part.items),
  };
}
