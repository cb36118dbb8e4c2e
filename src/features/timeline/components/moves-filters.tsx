import { useRef } from 'react';

import { useSlashFocus } from '@/hooks/use-slash-focus';

import { MOVE_KINDS, MOVE_LABELS } from '../model/timeline-moves';

import type { MoveKind } from '../model/timeline-moves';
import type { TimelineView } from '../model/timeline-view';

export type MovesFiltersProps = {
  view: TimelineView;
  categories: readonly string[];
  years: readonly number[];
  onChange: (next: TimelineView) => void;
};

const FIELD =
  'h-10 rounded-md border border-slate-300 bg-white px-2 text-base dark:border-slate-600 dark:bg-slate-900';

/** Filters of the moves list: kinds, category, year and the search. */
export function MovesFilters({
  view,
  categories,
  years,
  onChange,
}: MovesFiltersProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);
  const toggle = (kind: MoveKind) => {
    const shown = view.kinds.length ? view.kinds : MOVE_KINDS;
    const next = shown.includes(kind)
      ? shown.filter((k) => k !== kind)
      : [...shown, kind];
    // Every kind (or none left) is the unfiltered list.
    const all = next.length === MOVE_KINDS.length || next.length === 0;
    onChange({
      ...view,
      kinds: all ? [] : MOVE_KINDS.filter((k) => next.includes(k)),
    });
  };
  return (
    <div className="flex flex-wrap items-end gap-4">
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
        Search projects
        <input
          ref={searchRef}
          type="search"
          className={FIELD}
          value={view.query}
          placeholder="e.g. prometheus, otel"
          onChange={(e) => onChange({ ...view, query: e.target.value })}
        />
      </label>
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="mb-1 font-medium">Moves</legend>
        {MOVE_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              className="size-4"
              checked={view.kinds.length === 0 || view.kinds.includes(kind)}
              onChange={() => toggle(kind)}
            />
            {MOVE_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Category
        <select
          className={FIELD}
          value={view.category ?? ''}
          onChange={(e) =>
            onChange({ ...view, category: e.target.value || null })
          }
        >
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Year
        <select
          className={FIELD}
          value={view.year ?? ''}
          onChange={(e) =>
            onChange({
              ...view,
              year: e.target.value ? Number(e.target.value) : null,
            })
          }
        >
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
