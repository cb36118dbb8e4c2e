/**
 * Large-type landscape views for the booth, computed from the landscape
 * data: it reads the landscape feature's types and its one rule for an
 * item's status on a day (eslint.config.js lets the booth use them).
 */
import { statusOn } from '@/features/landscape/status-on';
import { CNCF_STATUSES } from '@/lib/schemas/cncf-status';

import type { Landscape } from '@/features/landscape/schemas';
import type { CncfStatus, DisplayStatus } from '@/lib/schemas/cncf-status';

export type TourStop = {
  subcategory: string;
  category: string;
  /** Items in this subcategory. */
  total: number;
  /** This subcategory's share of all items, 0–1. */
  share: number;
  /** CNCF projects by their status today, names sorted. */
  projects: { status: CncfStatus; names: string[] }[];
  /** Items that are not CNCF projects. */
  others: number;
};

/** One stop per subcategory, in the data's display order. */
export function computeTourStops(landscape: Landscape): TourStop[] {
  const all = landscape.items.length;
  return landscape.categories.flatMap((category) =>
    category.subcategories.map((subcategory) => {
      const items = landscape.items.filter(
        (item) => item.subcategory === subcategory,
      );
      const projects = CNCF_STATUSES.map((status) => ({
        status,
        names: items
          .filter((item) => item.status === status)
          .map((item) => item.name)
          .sort((a, b) => a.localeCompare(b)),
      })).filter((group) => group.names.length > 0);
      return {
        subcategory,
        category: category.name,
        total: items.length,
        share: all === 0 ? 0 : items.length / all,
        projects,
        others: items.filter((item) => item.status === null).length,
      };
    }),
  );
}

/** How many steps the tour has for this data (at least 1). */
export function countTourSteps(landscape: Landscape): number {
  return Math.max(
    1,
    landscape.categories.reduce((n, c) => n + c.subcategories.length, 0),
  );
}

export type StatusCounts = Record<DisplayStatus, number>;

export type StatusChange = {
  name: string;
  from: DisplayStatus;
  to: DisplayStatus;
};

export type ThenAndNow = {
  then: StatusCounts;
  now: StatusCounts;
  /** CNCF projects whose status differs between the two days, by name. */
  changes: StatusChange[];
};

function emptyCounts(): StatusCounts {
  return {
    graduated: 0,
    incubating: 0,
    sandbox: 0,
    archived: 0,
    none: 0,
  };
}

/**
 * CNCF status counts on `thenDate` and as of the data's date, and the
 * projects that moved in between.
 */
export function computeThenAndNow(
  landscape: Landscape,
  thenDate: string,
): ThenAndNow {
  const then = emptyCounts();
  const now = emptyCounts();
  const changes: StatusChange[] = [];
  for (const item of landscape.items) {
    const before = statusOn(item, thenDate);
    const after: DisplayStatus = item.status ?? 'none';
    then[before] += 1;
    now[after] += 1;
    if (before !== after)
      changes.push({ name: item.name, from: before, to: after });
  }
  changes.sort((a, b) => a.name.localeCompare(b.name));
  return { then, now, changes };
}
