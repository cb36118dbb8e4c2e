import { Button } from '@/components/ui/button';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';

import { EARLIEST_DATE } from '../view-state';

export type TimeTravelProps = {
  /** The date shown, `YYYY-MM-DD`. */
  date: string;
  today: string;
  /** `null` returns to today. */
  onChange: (date: string | null) => void;
  /** A one-click date: the featured event's first day, from the catalog. */
  preset?: { label: string; date: string } | null;
};

/** Shows the landscape as it stood on a date, with event presets. */
export function TimeTravel({ date, today, onChange, preset }: TimeTravelProps) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-sm font-semibold">
        Show as on
        <input
          type="date"
          value={date}
          min={EARLIEST_DATE}
          max={today}
          onChange={(event) => {
            const value = event.target.value;
            if (value) onChange(value === today ? null : value);
          }}
          className={cn(
            'mt-1 h-10 rounded-md border border-slate-300 bg-white px-2 font-normal tabular-nums dark:border-slate-600 dark:bg-slate-900 dark:[color-scheme:dark]',
            FOCUS_RING,
          )}
        />
      </label>
      {preset && (
        <Button
          variant={date === preset.date ? 'primary' : 'secondary'}
          aria-pressed={date === preset.date}
          onClick={() => onChange(preset.date)}
        >
          {preset.label}
        </Button>
      )}
      <Button
        variant={date === today ? 'primary' : 'secondary'}
        aria-pressed={date === today}
        onClick={() => onChange(null)}
      >
        Today
      </Button>
    </div>
  );
}
