import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';

import { AWARD_LABELS } from '../award-labels';
import { EMBED_AWARDS } from '../embed-params';

import type { EmbedAward } from '../embed-params';

export type AwardFilterProps = {
  value: EmbedAward;
  onChange: (award: EmbedAward) => void;
  legend?: string;
};

/** Radio buttons styled as a segmented control: which award to show. */
export function AwardFilter({
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
        {EMBED_AWARDS.map((award) => (
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
            {AWARD_LABELS[award]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
