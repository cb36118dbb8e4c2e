import { useMemo } from 'react';

import { Button } from '@/components/ui/button';

import {
  facetChoices,
  filterAnnouncements,
  isFiltered,
} from '../filter-announcements';
import { useAnnouncementFilters } from '../hooks/use-announcement-filters';
import { ActiveFilters } from './active-filters';
import { AnnouncementCard } from './announcement-card';
import { AnnouncementSearch } from './announcement-search';
import { EmptyResults } from './empty-results';
import { FacetGroup } from './facet-group';
import { FilterSheet } from './filter-sheet';

import type { Announcement } from '../schemas';

export type AnnouncementBrowserProps = { announcements: Announcement[] };

function resultText(shown: number, total: number): string {
  if (shown === total) return `All ${total} announcements`;
  return `${shown} of ${total} announcements`;
}

/** Search, filters and the matching cards; all state is in the URL. */
export function AnnouncementBrowser({
  announcements,
}: AnnouncementBrowserProps) {
  const { filters, unknownKinds, toggleKind, toggleOrg, setQuery, clear } =
    useAnnouncementFilters();
  const hits = useMemo(
    () => filterAnnouncements(announcements, filters),
    [announcements, filters],
  );
  const facets = useMemo(
    () => facetChoices(announcements, filters),
    [announcements, filters],
  );
  const filtered = isFiltered(filters);
  const facetGroups = (
    <>
      <FacetGroup legend="Kind" choices={facets.kinds} onToggle={toggleKind} />
      <FacetGroup
        legend="Organisation or project"
        choices={facets.orgs}
        onToggle={toggleOrg}
      />
    </>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-8">
      <div
        role="search"
        className="flex min-w-0 flex-col gap-6"
        aria-label="Filter announcements"
      >
        <AnnouncementSearch value={filters.q} onChange={setQuery} />
        {/* Below `lg`, with scripting, the filters wait in a sheet. CSS
            decides, so the prerendered page is laid out for the phone it
            reaches (without JavaScript the facets stay: they are links). */}
        <div className="flex flex-col gap-6 max-lg:[@media(scripting:enabled)]:hidden">
          {facetGroups}
        </div>
      </div>
      <div className="min-w-0">
        <ActiveFilters
          filters={filters}
          onRemoveKind={toggleKind}
          onRemoveOrg={toggleOrg}
          onClearQuery={() => setQuery('')}
          onClearAll={clear}
        />
        <div className="mb-4 flex min-h-8 flex-wrap items-center justify-between gap-3">
          <p
            role="status"
            className="text-sm text-slate-700 tabular-nums dark:text-slate-300"
          >
            {resultText(hits.length, announcements.length)}
          </p>
          <div className="hidden max-lg:[@media(scripting:enabled)]:block">
            <FilterSheet
              activeCount={filters.kinds.length + filters.orgs.length}
              resultCount={hits.length}
            >
              {facetGroups}
            </FilterSheet>
          </div>
          {filtered && hits.length > 0 && (
            <Button
              size="sm"
              variant="ghost"
              onClick={clear}
              className="max-lg:[@media(scripting:enabled)]:hidden"
            >
              Clear filters
            </Button>
          )}
        </div>
        {unknownKinds.length > 0 && (
          <p className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-50">
            The link asks for a kind this page does not know (
            {unknownKinds.map((k) => `“${k}”`).join(', ')}); it was ignored.
          </p>
        )}
        {hits.length === 0 ? (
          <EmptyResults onClear={clear} />
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {hits.map(({ announcement, highlights }) => (
              <li key={announcement.id}>
                <AnnouncementCard
                  announcement={announcement}
                  highlights={highlights}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
