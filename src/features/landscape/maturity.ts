import type { Landscape, LandscapeItem } from './schemas';

/*
 * Other foundations' files give maturity words of their own in `project`
 * (`emeritus`, `member`, `at-large`, …); the importer keeps them in
 * `maturity`. The legend, filters and labels treat each as a status.
 */

/**
 * An item's own maturity word as a filter key (`emeritus`), where the file
 * gives one that is not a CNCF status; `null` otherwise.
 */
export function maturityKey(item: Pick<LandscapeItem, 'maturity'>) {
  const word = item.maturity?.trim();
  return word ? word.toLowerCase() : null;
}

/** A maturity word as labels show it: `emeritus` → `Emeritus`. */
export function maturityLabel(word: string): string {
  const text = word.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether the landscape's statuses are the CNCF's: the shipped data, or a
 * file the importer did not find to be another foundation's (`foreign`). A
 * CDF file's "graduated" is the CDF's, so it is named without "CNCF".
 */
export function isCncfLandscape(landscape: Pick<Landscape, 'foreign'>) {
  return !landscape.foreign;
}

/**
 * Where the landscape's logo files are, for `logoUrl`: the folder it names,
 * else the CNCF's (`undefined`), except for another foundation's file
 * opened from disk, whose logos are nowhere to be read (`null`): a CNCF
 * logo of the same file name may show something else.
 */
export function logoBaseOf(
  landscape: Pick<Landscape, 'foreign' | 'logoBase'>,
): string | null | undefined {
  if (landscape.logoBase) return landscape.logoBase;
  return landscape.foreign ? null : undefined;
}

/** How items with no status at all are named, in a CNCF landscape or not. */
export function noStatusLabel(cncf: boolean): string {
  return cncf ? 'Not a CNCF project' : 'No project status';
}
