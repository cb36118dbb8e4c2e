import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';

import { ALL_AWARDS } from '../award-choice';

import type { AwardChoice } from '../award-choice';
import type { Awards } from '../schemas';

export type AwardFilterProps = {
  /** The awards file: one option per category, plus all of them. */
  awards: Awards;
  value: AwardChoice;
  onChange: (award: AwardChoice) => void;
  legend?: string;
};

/** Radio buttons styled as a segmented control: which award to show. */
export function AwardFilter({
  awards,
  value,
  onChange,
  legend = 'Show',
}: AwardFilterProps) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        {legend}
      </legend>
      <div className="flex flex-wrap gap-2">
        {[{ id: ALL_AWARDS, name: 'All awards' }, ...awards.categories].map(
          ({ id: award, name }) => (
            <label
              key={award}
              className={cn(
                'cursor-pointer rounded-full border px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2',
                'has-[:focus-visible]:outline-accent-600 dark:has-[:focus-visible]:outline-accent-300',
                award === value
                  ? 'border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-900'
                  : 'border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800',
              )}
            >
              <input
                type="radio"
                name="award"
                value={award}
                checked={award === value}
                onChange={() => onChange(award)}
                className={cn('sr-only', FOCUS_RING)}
              />
              {name}
            </label>
          ),
        )}
      </div>
    </fieldset>
  );
}
