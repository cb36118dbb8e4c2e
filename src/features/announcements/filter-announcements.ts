import { searchFields } from '@/lib/search/search-fields';

import { ANNOUNCEMENT_KIND_LABELS, ANNOUNCEMENT_KINDS } from './schemas';

import type { Announcement, AnnouncementKind } from './schemas';
import type { Highlights, SearchField } from '@/lib/search/search-fields';

/** What the reader has chosen; lives in the URL (see url-state.ts). */
export type AnnouncementFilters = {
  /** Any of these kinds; empty means all. */
  kinds: AnnouncementKind[];
  /** Names any of these organisations or projects; empty means all. */
  orgs: string[];
  /** Free text, typo-tolerant. */
  q: string;
};

export const NO_FILTERS: AnnouncementFilters = { kinds: [], orgs: [], q: '' };

export type AnnouncementHit = {
  announcement: Announcement;
  /** Ranges to mark, keyed `title`, `summary`, `details.2`, `names.1`. */
  highlights: Highlights;
  score: number;
};

export type FacetChoice<V extends string = string> = {
  value: V;
  label: string;
  /** Matches if this choice were the only one of its group. */
  count: number;
  selected: boolean;
};

/** Organisations then projects, without repeats, as shown on a card. */
export function namesOf(announcement: Announcement): string[] {
  return [
    ...new Set([...announcement.organizations, ...announcement.projects]),
  ];
}

/** The searchable text of an announcement, with weights for ranking. */
function announcementFields(announcement: Announcement): SearchField[] {
  return [
    { key: 'title', text: announcement.title, weight: 3 },
    ...namesOf(announcement).map((text, i) => ({
      key: `names.${i}`,
      text,
      weight: 2,
    })),
    { key: 'summary', text: announcement.summary, weight: 1.5 },
    ...announcement.details.map((text, i) => ({
      key: `details.${i}`,
      text,
      weight: 1,
    })),
  ];
}

export function isFiltered(filters: AnnouncementFilters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.orgs.length > 0 ||
    filters.q.trim() !== ''
  );
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;
}

function passesKinds(a: Announcement, kinds: readonly AnnouncementKind[]) {
  return kinds.length === 0 || kinds.includes(a.kind);
}

function passesOrgs(a: Announcement, orgs: readonly string[]) {
  if (orgs.length === 0) return true;
  const names = namesOf(a);
  return orgs.some((org) => names.some((name) => sameName(name, org)));
}

/**
 * The announcements that pass every filter. Without a query they keep the
 * data's order; with one, the best matches come first (ties keep order).
 */
export function filterAnnouncements(
  announcements: readonly Announcement[],
  filters: AnnouncementFilters,
): AnnouncementHit[] {
  const hits: AnnouncementHit[] = [];
  for (const announcement of announcements) {
    if (!passesKinds(announcement, filters.kinds)) continue;
    if (!passesOrgs(announcement, filters.orgs)) continue;
    const match = searchFields(announcementFields(announcement), filters.q);
    if (match) hits.push({ announcement, ...match });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * Choices for the two filter groups. Each count is what the reader would
 * see by picking that choice alone in its group, with the other group and
 * the query applied (so counts never promise results that are not there).
 */
export function facetChoices(
  announcements: readonly Announcement[],
  filters: AnnouncementFilters,
) {
  const byQuery = filterAnnouncements(announcements, {
    ...NO_FILTERS,
    q: filters.q,
  }).map((hit) => hit.announcement);
  const presentKinds = new Set(announcements.map((a) => a.kind));
  const kinds: FacetChoice<AnnouncementKind>[] = ANNOUNCEMENT_KINDS.filter(
    (kind) => presentKinds.has(kind) || filters.kinds.includes(kind),
  ).map((kind) => ({
    value: kind,
    label: ANNOUNCEMENT_KIND_LABELS[kind],
    count: byQuery.filter((a) => a.kind === kind && passesOrgs(a, filters.orgs))
      .length,
    selected: filters.kinds.includes(kind),
  }));
  // Order by how often a name occurs in all the data, so choices keep
  // their place while the reader filters.
  const names = new Map<string, { name: string; total: number }>();
  for (const name of [...announcements.flatMap(namesOf), ...filters.orgs]) {
    const key = name.toLocaleLowerCase('en');
    const entry = names.get(key) ?? { name, total: 0 };
    entry.total += 1;
    names.set(key, entry);
  }
  const orgs: FacetChoice[] = [...names.values()]
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
    .map(({ name }) => ({
      value: name,
      label: name,
      count: byQuery.filter(
        (a) => passesKinds(a, filters.kinds) && passesOrgs(a, [name]),
      ).length,
      selected: filters.orgs.some((org) => sameName(org, name)),
    }));
  return { kinds, orgs };
}
