/**
 * Large-type landscape views for the booth, computed from the landscape
 * data file. The shapes below are the part of the landscape feature's
 * `Landscape` type the booth reads (features do not import each other; the
 * route passes a `Landscape`, which fits these shapes).
 */
export const BOOTH_STATUSES = [
  'graduated',
  'incubating',
  'sandbox',
  'archived',
] as const;
export type BoothStatus = (typeof BOOTH_STATUSES)[number];

export type BoothLandscapeItem = {
  id: string;
  name: string;
  subcategory: string;
  status: BoothStatus | null;
  dates: {
    accepted: string | null;
    incubating: string | null;
    graduated: string | null;
    archived: string | null;
  };
};

export type BoothLandscape = {
  name: string;
  /** ISO date the statuses describe. */
  asOf: string;
  categories: { name: string; subcategories: string[] }[];
  items: BoothLandscapeItem[];
};

/** A status on a given day: a CNCF level, not (yet) in the CNCF, or unknown. */
export type StatusOnDay = BoothStatus | 'none' | 'unknown';

export const STATUS_TEXT: Record<StatusOnDay, string> = {
  graduated: 'Graduated',
  incubating: 'Incubating',
  sandbox: 'Sandbox',
  archived: 'Archived',
  none: 'Not a CNCF project',
  unknown: 'Status on that day not known',
};

/**
 * The CNCF status of `item` on `date` (ISO), from its step dates. The
 * latest step dated on or before `date` wins; a project accepted after
 * `date` was not yet in the CNCF. A project whose dates are missing is
 * `unknown` rather than guessed.
 */
export function statusOn(item: BoothLandscapeItem, date: string): StatusOnDay {
  if (item.status === null) return 'none';
  const { accepted, incubating, graduated, archived } = item.dates;
  if (archived && archived <= date) return 'archived';
  if (graduated && graduated <= date) return 'graduated';
  if (incubating && incubating <= date) return 'incubating';
  if (accepted && accepted <= date) return 'sandbox';
  if (accepted && accepted > date) return 'none';
  return 'unknown';
}

export type TourStop = {
  subcategory: string;
  category: string;
  /** Items in this subcategory. */
  total: number;
  /** This subcategory's share of all items, 0–1. */
  share: number;
  /** CNCF projects by their status today, names sorted. */
  projects: { status: BoothStatus; names: string[] }[];
  /** Items that are not CNCF projects. */
  others: number;
};

/** One stop per subcategory, in the data's display order. */
export function computeTourStops(landscape: BoothLandscape): TourStop[] {
  const all = landscape.items.length;
  return landscape.categories.flatMap((category) =>
    category.subcategories.map((subcategory) => {
      const items = landscape.items.filter(
        (item) => item.subcategory === subcategory,
      );
      const projects = BOOTH_STATUSES.map((status) => ({
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
export function countTourSteps(landscape: BoothLandscape): number {
  return Math.max(
    1,
    landscape.categories.reduce((n, c) => n + c.subcategories.length, 0),
  );
}

export type StatusCounts = Record<StatusOnDay, number>;

export type StatusChange = {
  name: string;
  from: StatusOnDay;
  to: StatusOnDay;
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
    unknown: 0,
  };
}

/**
 * CNCF status counts on `thenDate` and as of the data's date, and the
 * projects that moved in between.
 */
export function computeThenAndNow(
  landscape: BoothLandscape,
  thenDate: string,
): ThenAndNow {
  const then = emptyCounts();
  const now = emptyCounts();
  const changes: StatusChange[] = [];
  for (const item of landscape.items) {
    const before = statusOn(item, thenDate);
    const after: StatusOnDay = item.status ?? 'none';
    then[before] += 1;
    now[after] += 1;
    if (before !== after)
      changes.push({ name: item.name, from: before, to: after });
  }
  changes.sort((a, b) => a.name.localeCompare(b.name));
  return { then, now, changes };
}
