import { useId } from 'react';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';
import { formatNumber } from '@/utils/format';

import type { ImportReport } from '@/features/landscape/import/import-types';

/** The `<option>` value for "all categories" (no category is empty). */
const ALL = '';

export type CategoryPickerProps = {
  categories: ImportReport['availableCategories'];
  /** Items read in the whole file. */
  allItems: number;
  /** `null`: all categories. */
  value: string | null;
  onChange: (category: string | null) => void;
};

/** Choose one category of the imported file, or all of them. */
export function CategoryPicker({
  categories,
  allItems,
  value,
  onChange,
}: CategoryPickerProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="font-medium">
        Show
      </label>
      <select
        id={id}
        value={value ?? ALL}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        className={cn(
          'h-10 max-w-full rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-900',
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
