import type { Announcement } from './schemas';

export type RelatedAnnouncement = {
  announcement: Announcement;
  /** The projects and organisations the two share, projects first. */
  shared: string[];
};

/** How many related announcements a detail page lists at most. */
const MAX_RELATED = 4;

function lowerSet(values: readonly string[]) {
  return new Set(values.map((v) => v.toLocaleLowerCase('en')));
}

/**
 * Announcements that share a project or an organisation with `current`.
 * A shared project counts twice as much as a shared organisation (the CNCF
 * is behind most announcements, so sharing it says little); ties keep the
 * data's order.
 */
export function findRelated(
  current: Announcement,
  all: readonly Announcement[],
  max = MAX_RELATED,
): RelatedAnnouncement[] {
  const projects = lowerSet(current.projects);
  const orgs = lowerSet(current.organizations);
  const scored = all
    .filter((other) => other.id !== current.id)
    .map((other) => {
      const sharedProjects = other.projects.filter((p) =>
        projects.has(p.toLocaleLowerCase('en')),
      );
      const sharedOrgs = other.organizations.filter((o) =>
        orgs.has(o.toLocaleLowerCase('en')),
      );
      return {
        announcement: other,
        shared: [...sharedProjects, ...sharedOrgs],
        score: sharedProjects.length * 2 + sharedOrgs.length,
      };
    })
    .filter((entry) => entry.score > 0);
  scored.sort((a, b) => b.score - a.score);
  return scored
    .slice(0, max)
    .map(({ announcement, shared }) => ({ announcement, shared }));
}

/** The announcements before and after `id` in the data's order. */
export function neighbours(all: readonly Announcement[], id: string) {
  const index = all.findIndex((a) => a.id === id);
  if (index < 0) return { previous: null, next: null };
  return {
    previous: all[index - 1] ?? null,
    next: all[index + 1] ?? null,
  };
}
