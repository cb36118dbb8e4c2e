import { Button } from '@/components/ui/button';

export type EmptyResultsProps = { onClear: () => void };

/** Shown when the filters and search leave nothing. */
export function EmptyResults({ onClear }: EmptyResultsProps) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="font-semibold">No announcement matches these filters.</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Try fewer filters or another word.
      </p>
      <Button className="mt-4" variant="secondary" onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}
