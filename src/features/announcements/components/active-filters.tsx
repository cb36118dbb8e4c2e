import { Button } from '@/components/ui/button';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';

import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';

import type { AnnouncementFilters } from '../filter-announcements';
import type { AnnouncementKind } from '../schemas';

export type ActiveFiltersProps = {
  filters: AnnouncementFilters;
  onRemoveKind: (kind: AnnouncementKind) => void;
  onRemoveOrg: (org: string) => void;
  onClearQuery: () => void;
  onClearAll: () => void;
};

const CHIP =
  'inline-flex h-8 max-w-full items-center gap-2 rounded-full border border-accent-600 bg-accent-50 px-3 text-sm text-accent-800 hover:bg-accent-100 dark:border-accent-300 dark:bg-slate-800 dark:text-accent-300 dark:hover:bg-slate-700';

/** What is filtering the list, each removable with one tap. */
export function ActiveFilters({
  filters,
  onRemoveKind,
  onRemoveOrg,
  onClearQuery,
  onClearAll,
}: ActiveFiltersProps) {
  const chips = [
    ...(filters.q.trim()
      ? [{ key: 'q', label: `“${filters.q.trim()}”`, remove: onClearQuery }]
      : []),
    ...filters.kinds.map((kind) => ({
      key: `kind:${kind}`,
      label: ANNOUNCEMENT_KIND_LABELS[kind],
      remove: () => onRemoveKind(kind),
    })),
    ...filters.orgs.map((org) => ({
      key: `org:${org}`,
      label: org,
      remove: () => onRemoveOrg(org),
    })),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex min-w-0 flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="min-w-0">
            <button
              type="button"
              className={cn(CHIP, FOCUS_RING)}
              aria-label={`Remove filter ${chip.label}`}
              onClick={chip.remove}
            >
              <span className="max-w-[16rem] truncate">{chip.label}</span>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Button size="sm" variant="ghost" onClick={onClearAll}>
          Clear all
        </Button>
      )}
    </div>
  );
}
