import { cn } from '@/utils/cn';

import { ordinal } from '../ordinal';
import { WinnerDetails } from './winner-details';

import type { Metric, Winner } from '../schemas';

export type AwardPodiumProps = {
  /** Winners sorted by rank, 1 first. */
  winners: Winner[];
  metrics: Metric[];
  headingLevel: 'h3' | 'h4';
};

/*
 * Wide containers show a podium: 2nd, 1st, 3rd from left to right, on steps
 * whose height says the rank (not a figure). The list keeps rank order for
 * screen readers; narrow containers show it as a plain ranked list.
 */
const PODIUM = {
  1: { order: '@xl:order-2', step: '@xl:h-24' },
  2: { order: '@xl:order-1', step: '@xl:h-16' },
  3: { order: '@xl:order-3', step: '@xl:h-10' },
} as const;

function podiumSlot(rank: number | null) {
  return rank === 1 || rank === 2 || rank === 3 ? PODIUM[rank] : null;
}

/** A ranked award as an ordered list laid out as a podium. */
export function AwardPodium({
  winners,
  metrics,
  headingLevel,
}: AwardPodiumProps) {
  return (
    <ol
      className={cn(
        'mt-4 grid gap-3',
        winners.length >= 3 && '@xl:grid-cols-3 @xl:items-end',
      )}
    >
      {winners.map((winner, index) => {
        const slot = podiumSlot(winner.rank);
        return (
          <li
            key={winner.name}
            data-winner-index={index}
            className={cn('flex flex-col', winners.length >= 3 && slot?.order)}
          >
            <div className="border-accent-600 dark:border-accent-400 rounded-lg border-l-4 bg-slate-50 p-4 @xl:rounded-b-none dark:bg-slate-900">
              <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
                {winner.rank === null
                  ? 'Winner'
                  : `${ordinal(winner.rank)} place`}
              </p>
              <WinnerDetails
                winner={winner}
                metrics={metrics}
                headingLevel={headingLevel}
              />
            </div>
            {winners.length >= 3 && slot && (
              <div
                aria-hidden="true"
                className={cn(
                  'border-accent-600 dark:border-accent-400 hidden items-center justify-center rounded-b-lg border-t-4 bg-slate-200 text-2xl font-bold text-slate-800 tabular-nums @xl:flex dark:bg-slate-800 dark:text-slate-100',
                  slot.step,
                )}
              >
                {winner.rank}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
