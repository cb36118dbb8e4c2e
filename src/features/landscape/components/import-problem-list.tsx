import { FOCUS_RING } from '@/components/ui/focus-ring';
import { formatProblem } from '@/features/landscape/import/format-problem';
import { cn } from '@/utils/cn';
import { formatNumber } from '@/utils/format';

import type { ImportProblem } from '@/features/landscape/import/import-types';

export type ImportProblemListProps = {
  title: string;
  problems: readonly ImportProblem[];
  /** The number in the title, when it counts something else (items). */
  count?: number;
  /** Open at first when short; long lists start folded. */
  openUpTo?: number;
};

/** A foldable list of problems, each with its line and item. */
export function ImportProblemList({
  title,
  problems,
  count = problems.length,
  openUpTo = 10,
}: ImportProblemListProps) {
  if (problems.length === 0) return null;
  return (
    <details
      className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      open={problems.length <= openUpTo}
    >
      <summary className={cn('cursor-pointer font-semibold', FOCUS_RING)}>
        {title} ({formatNumber(count)})
      </summary>
      {/* Focusable: a scrolling list must be reachable by keyboard. */}
      <ul
        tabIndex={0}
        aria-label={title}
        className={cn(
          'mt-2 max-h-80 space-y-1 overflow-y-auto font-mono text-sm break-words',
          FOCUS_RING,
        )}
      >
        {problems.map((problem, index) => (
          <li key={index}>{formatProblem(problem)}</li>
        ))}
      </ul>
    </details>
  );
}
