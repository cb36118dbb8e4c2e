import { Link } from 'react-router';

import { StatusSwatch } from '@/components/status/status-patterns';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { HighlightText } from '@/components/ui/highlight-text';
import { formatDate, formatNumber } from '@/utils/format';

import { MOVE_LABELS, MOVE_STATUS } from '../model/timeline-moves';
import { groupByYear } from '../model/timeline-view';

import type { Move } from '../model/timeline-moves';
import type { MoveHit } from '../model/timeline-view';

export type MovesListProps = {
  hits: readonly MoveHit[];
  /** The landscape on the move's day, with the project open. */
  linkFor: (move: Move) => string;
};

/** Every listed move in order, one section per year. */
export function MovesList({ hits, linkFor }: MovesListProps) {
  const groups = groupByYear(hits);
  return (
    <div className="space-y-6">
      {groups.map(({ year, hits: yearHits }) => (
        <section key={year} aria-labelledby={`moves-${year}`}>
          <h3
            id={`moves-${year}`}
            className="sticky top-0 bg-white/95 py-1 text-lg font-semibold dark:bg-slate-950/95"
          >
            {year}{' '}
            <span className="text-sm font-normal text-slate-600 tabular-nums dark:text-slate-400">
              {formatNumber(yearHits.length)}{' '}
              {yearHits.length === 1 ? 'move' : 'moves'}
            </span>
          </h3>
          <ol className="divide-y divide-slate-200 dark:divide-slate-800">
            {yearHits.map(({ move, highlights }) => (
              <li
                key={move.id}
                className="grid grid-cols-[7.5rem_1fr] gap-x-3 py-1.5 text-sm sm:grid-cols-[9rem_8rem_1fr_auto]"
              >
                <time dateTime={move.date} className="tabular-nums">
                  {formatDate(move.date)}
                </time>
                <span className="flex items-center gap-1.5">
                  <StatusSwatch status={MOVE_STATUS[move.kind]} />
                  {MOVE_LABELS[move.kind]}
                </span>
                <Link
                  to={linkFor(move)}
                  className={`text-accent-700 dark:text-accent-300 col-span-2 font-medium underline-offset-2 hover:underline sm:col-span-1 ${FOCUS_RING}`}
                >
                  <HighlightText text={move.name} ranges={highlights.name} />
                  {move.enteredAtIncubating && (
                    <span className="font-normal text-slate-600 dark:text-slate-400">
                      {' '}
                      (accepted at incubating)
                    </span>
                  )}
                </Link>
                <span className="col-span-2 text-slate-600 sm:col-span-1 dark:text-slate-400">
                  <HighlightText
                    text={move.category}
                    ranges={highlights.category}
                  />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
