import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { NO_FILTERS } from '../filter-announcements';
import { parseFilters, toggleValue, writeFilters } from '../url-state';

import type { AnnouncementFilters } from '../filter-announcements';
import type { AnnouncementKind } from '../schemas';

/** Filters chosen but not yet in the URL, and the URLs written for them. */
type Pending = { filters: AnnouncementFilters; written: string[] };

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
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const parsed = useMemo(() => parseFilters(new URLSearchParams(key)), [key]);
  const [seen, setSeen] = useState(key);
  const [pending, setPending] = useState<Pending | null>(null);
  if (key !== seen) {
    setSeen(key);
    const index = pending ? pending.written.lastIndexOf(key) : -1;
    if (pending && index >= 0 && index < pending.written.length - 1) {
      setPending({ ...pending, written: pending.written.slice(index + 1) });
    } else {
      setPending(null);
    }
  }
  const filters = pending?.filters ?? parsed.filters;

  function update(next: AnnouncementFilters, replace = false) {
    const nextParams = writeFilters(next, params);
    setPending((current) => ({
      filters: next,
      written: [...(current?.written ?? []), nextParams.toString()],
    }));
    setParams(nextParams, { replace, preventScrollReset: true });
  }

  return {
    filters,
    unknownKinds: parsed.unknownKinds,
    toggleKind: (kind: AnnouncementKind) =>
      update({ ...filters, kinds: toggleValue(filters.kinds, kind) }),
    toggleOrg: (org: string) =>
      update({ ...filters, orgs: toggleValue(filters.orgs, org) }),
    // Replace only once the URL holds a query: an earlier push still in
    // flight is cut short by this one, which then pushes in its place.
    setQuery: (q: string) =>
      update({ ...filters, q }, parsed.filters.q !== '' && q !== ''),
    clear: () => update(NO_FILTERS),
  };
}
