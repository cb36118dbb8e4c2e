import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { NO_FILTERS } from '../filter-announcements';
import { parseFilters, toggleValue, writeFilters } from '../url-state';

import type { AnnouncementFilters } from '../filter-announcements';
import type { AnnouncementKind } from '../schemas';

/**
 * The list's filters, read from and written to the URL so every view is a
 * permalink. Choosing a filter adds a history entry (Back undoes it); typing
 * in the search box replaces the entry after the first letter, so one search
 * is one step back rather than one per keystroke.
 */
export function useAnnouncementFilters() {
  const [params, setParams] = useSearchParams();
  const { filters, unknownKinds } = useMemo(
    () => parseFilters(params),
    [params],
  );

  const update = useCallback(
    (next: AnnouncementFilters, replace = false) => {
      setParams((current) => writeFilters(next, current), {
        replace,
        preventScrollReset: true,
      });
    },
    [setParams],
  );

  return {
    filters,
    unknownKinds,
    toggleKind: (kind: AnnouncementKind) =>
      update({ ...filters, kinds: toggleValue(filters.kinds, kind) }),
    toggleOrg: (org: string) =>
      update({ ...filters, orgs: toggleValue(filters.orgs, org) }),
    setQuery: (q: string) =>
      update({ ...filters, q }, filters.q !== '' && q !== ''),
    clear: () => update(NO_FILTERS),
  };
}
