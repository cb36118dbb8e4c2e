import { useId } from 'react';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';
import { formatNumber } from '@/utils/format';

import type { ImportReport } from '@/features/landscape/import/import-types';

/** The `<option>` value for "all categories" (no category is empty). */
const ALL = '';

export type CategoryPickerProps = {
  categories: ImportReport['availableCategories'];
  /** The control's visible label; `Show` by default. */
  label?: string;
  /** Items read in the whole file. */
  allItems: number;
  /** `null`: all categories. */
  value: string | null;
  onChange: (category: string | null) => void;
};

/** Choose one category of a landscape, or all of them. */
export function CategoryPicker({
  categories,
  label = 'Show',
  allItems,
  value,
  onChange,
}: CategoryPickerProps) {
  const id = useId();
  return (
    <div className="flex max-w-full flex-col">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ALL}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        className={cn(
          'mt-1 h-10 max-w-full rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-900',
          FOCUS_RING,
        )}
      >
        <option value={ALL}>
          All categories ({formatNumber(allItems)} items)
        </option>
        {categories.map((category) => (
          <option key={category.name} value={category.name}>
            {category.name} ({formatNumber(category.items)} items)
          </option>
        ))}
      </select>
    </div>
  );
}
