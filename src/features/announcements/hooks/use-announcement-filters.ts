import { useMemo } from 'react';

import { useSearchState } from '@/hooks/use-search-state';

import { NO_FILTERS } from '../filter-announcements';
import { parseFilters, toggleValue, writeFilters } from '../url-state';

import type { AnnouncementFilters } from '../filter-announcements';
import type { AnnouncementKind } from '../schemas';

const readFilters = (params: URLSearchParams) => parseFilters(params).filters;

/**
 * The list's filters, read from and written to the URL so every view is a
 * permalink. Choosing a filter adds a history entry (Back undoes it); typing
 * in the search box replaces the entry after the first letter, so one search
 * is one step back rather than one per keystroke.
 *
 * The router applies a URL change a moment later (in a transition), so the
 * reader's choice is shown at once from local state until the URL catches
 * up. A URL change we did not write (Back, Forward, a link) wins at once.
 */
export function useAnnouncementFilters() {
  const [filters, setFilters, params] = useSearchState(
    readFilters,
    writeFilters,
  );
  const inUrl = useMemo(() => parseFilters(params), [params]);

  function update(next: AnnouncementFilters, replace = false) {
    setFilters(next, { push: !replace });
  }

  return {
    filters,
    unknownKinds: inUrl.unknownKinds,
    toggleKind: (kind: AnnouncementKind) =>
      update({ ...filters, kinds: toggleValue(filters.kinds, kind) }),
    toggleOrg: (org: string) =>
      update({ ...filters, orgs: toggleValue(filters.orgs, org) }),
    // Replace only once the URL holds a query: an earlier push still in
    // flight is cut short by this one, which then pushes in its place.
    setQuery: (q: string) =>
      update({ ...filters, q }, inUrl.filters.q !== '' && q !== ''),
    clear: () => update(NO_FILTERS),
  };
}
