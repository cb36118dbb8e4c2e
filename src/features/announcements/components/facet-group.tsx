import { cn } from '@/utils/cn';

import type { FacetChoice } from '../filter-announcements';

export type FacetGroupProps<V extends string> = {
  legend: string;
  choices: FacetChoice<V>[];
  onToggle: (value: V) => void;
};

/**
 * One filter group as a row of checkbox chips, each with its count. Real
 * checkboxes: screen readers announce the state, Space toggles them.
 */
export function FacetGroup<V extends string>({
  legend,
  choices,
  onToggle,
}: FacetGroupProps<V>) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">
        {legend}
      </legend>
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <li key={choice.value}>
            <label
              className={cn(
                'inline-flex cursor-pointer items-center gap-2 rounded-full border px-3 py-1 text-sm select-none',
                'has-[:focus-visible]:outline-accent-600 dark:has-[:focus-visible]:outline-accent-300 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2',
                choice.selected
                  ? 'border-accent-600 bg-accent-50 text-accent-800 dark:border-accent-300 dark:text-accent-300 dark:bg-slate-800'
                  : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800',
              )}
            >
              <input
                type="checkbox"
                className="accent-accent-600 size-3.5"
                checked={choice.selected}
                onChange={() => onToggle(choice.value)}
              />
              <span>{choice.label}</span>
              <span
                aria-hidden="true"
                className="text-xs text-slate-600 tabular-nums dark:text-slate-400"
              >
                {choice.count}
              </span>
              <span className="sr-only">, {choice.count} matching</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
