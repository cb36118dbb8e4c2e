import { ANNOUNCEMENT_KINDS } from './schemas';

import type { AnnouncementFilters } from './filter-announcements';
import type { AnnouncementKind } from './schemas';

/** `?kind=certification&kind=partnership`: any of these kinds (default: all). */
const KIND_PARAM = 'kind';
/** `?org=Adobe&org=Kubernetes`: names any of these (default: all). */
const ORG_PARAM = 'org';
/** `?q=otel`: free-text search (default: empty). */
const QUERY_PARAM = 'q';

export type ParsedFilters = {
  filters: AnnouncementFilters;
  /** `kind` values the app does not know, reported to the reader. */
  unknownKinds: string[];
};

function isKind(value: string): value is AnnouncementKind {
  return (ANNOUNCEMENT_KINDS as readonly string[]).includes(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

/** Reads the filters from search params; unknown kinds are set aside. */
export function parseFilters(params: URLSearchParams): ParsedFilters {
  const rawKinds = unique(params.getAll(KIND_PARAM));
  return {
    filters: {
      kinds: ANNOUNCEMENT_KINDS.filter((kind) => rawKinds.includes(kind)),
      orgs: unique(params.getAll(ORG_PARAM)),
      q: params.get(QUERY_PARAM) ?? '',
    },
    unknownKinds: rawKinds.filter((kind) => !isKind(kind)),
  };
}

/**
 * Writes the filters into a copy of `base`, keeping params that are not
 * ours (such as the mock scenario). Kinds are written in a fixed order so
 * the same view always has the same URL; empty values are left out.
 */
export function writeFilters(
  filters: AnnouncementFilters,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  params.delete(KIND_PARAM);
  params.delete(ORG_PARAM);
  params.delete(QUERY_PARAM);
  for (const kind of ANNOUNCEMENT_KINDS) {
    if (filters.kinds.includes(kind)) params.append(KIND_PARAM, kind);
  }
  for (const org of unique(filters.orgs)) params.append(ORG_PARAM, org);
  if (filters.q.trim() !== '') params.set(QUERY_PARAM, filters.q);
  return params;
}

/** Adds or removes one value of a multi-choice filter. */
export function toggleValue<T extends string>(values: readonly T[], value: T) {
  const lower = value.toLocaleLowerCase('en');
  const without = values.filter((v) => v.toLocaleLowerCase('en') !== lower);
  return without.length === values.length ? [...values, value] : without;
}
