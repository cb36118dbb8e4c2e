import { NotPublished } from '@/components/ui/not-published';
import { formatFigureValue } from '@/utils/format';

import type { AwardCategory, Winner } from '../schemas';

export type AwardCategorySectionProps = {
  category: AwardCategory;
  headingLevel?: 'h2' | 'h3';
};

function winnerSubtitle(winner: Winner): string | null {
  const parts = [winner.role, winner.organization].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function rankLabel(rank: number | null): string {
  if (rank === null) return 'Winner';
  return ['1st', '2nd', '3rd'][rank - 1] ?? `${rank}th`;
}

/** One award category: its winners in rank order, with their figures. */
export function AwardCategorySection({
  category,
  headingLevel = 'h2',
}: AwardCategorySectionProps) {
  const Heading = headingLevel;
  const winners = [...category.winners].sort(
    (a, b) => (a.rank ?? 99) - (b.rank ?? 99),
  );
  const headingId = `award-${category.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 p-5 dark:border-slate-800"
    >
      <Heading id={headingId} className="text-xl font-semibold">
        {category.name} {category.year}
        {category.isNew && (
          <span className="bg-accent-50 text-accent-800 dark:text-accent-300 ml-2 rounded px-2 py-0.5 align-middle text-xs font-semibold dark:bg-slate-800">
            New award
          </span>
        )}
      </Heading>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {category.description}
      </p>
      {category.presenter && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Presented by {category.presenter}
        </p>
      )}
      {!category.winnersNamed || winners.length === 0 ? (
        <p className="mt-4 rounded-lg bg-slate-100 p-4 text-slate-800 dark:bg-slate-800 dark:text-slate-200">
          {category.note ?? 'The source names no winners for this award.'}
        </p>
      ) : (
        <ol className="mt-4 space-y-3">
          {winners.map((winner) => (
            <li
              key={winner.name}
              className="grid gap-2 rounded-lg bg-slate-50 p-4 sm:grid-cols-[5rem_1fr] dark:bg-slate-900"
            >
              <p className="tabular text-accent-700 dark:text-accent-300 text-2xl font-bold">
                {rankLabel(winner.rank)}
              </p>
              <div>
                <p className="text-lg font-semibold">{winner.name}</p>
                {winnerSubtitle(winner) && (
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {winnerSubtitle(winner)}
                  </p>
                )}
                <p className="mt-1 text-slate-700 dark:text-slate-300">
                  {winner.reason}
                </p>
                {category.metrics.length > 0 && (
                  <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                    {category.metrics.map((metric) => {
                      const value = winner.metrics[metric.id] ?? null;
                      return (
                        <div key={metric.id} className="flex gap-2">
                          <dt className="text-slate-600 dark:text-slate-400">
                            {metric.label}
                          </dt>
                          <dd className="tabular font-semibold">
                            {value ? (
                              formatFigureValue(value)
                            ) : (
                              <NotPublished />
                            )}
                          </dd>
                        </div>
                      );
                    })}
                  </dl>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
