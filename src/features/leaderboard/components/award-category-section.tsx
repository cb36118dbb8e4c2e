import { cn } from '@/utils/cn';

import { AwardPodium } from './award-podium';
import { WinnerDetails } from './winner-details';

import type { AwardCategory } from '../schemas';

export type AwardCategorySectionProps = {
  category: AwardCategory;
  /** Winners shown, best ranked first; `null` shows all. */
  limit?: number | null;
  headingLevel?: 'h2' | 'h3';
};

function byRank(category: AwardCategory) {
  return [...category.winners].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
  );
}

/** One award: what it is, then its winners (ranked as a podium) or why none are listed. */
export function AwardCategorySection({
  category,
  limit = null,
  headingLevel = 'h2',
}: AwardCategorySectionProps) {
  const Heading = headingLevel;
  const winnerHeading = headingLevel === 'h2' ? 'h3' : 'h4';
  const winners = byRank(category).slice(0, limit ?? undefined);
  const ranked = winners.some((winner) => winner.rank !== null);
  const headingId = `award-${category.id}`;
  const credits = [
    category.presenter && `Presented by ${category.presenter}`,
    category.votedBy && `voted by ${category.votedBy.replace(/^The /, 'the ')}`,
  ].filter(Boolean);
  return (
    <section
      aria-labelledby={headingId}
      data-award={category.id}
      className="@container rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-700"
    >
      <Heading id={headingId} className="text-xl font-semibold">
        {category.name} {category.year}
        {category.isNew && (
          <span className="bg-accent-50 text-accent-800 ml-2 rounded px-2 py-0.5 align-middle text-xs font-semibold dark:bg-slate-800 dark:text-slate-100">
            New award
          </span>
        )}
      </Heading>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {category.description}
      </p>
      {credits.length > 0 && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {credits.join(', ')}.
        </p>
      )}
      {!category.winnersNamed || winners.length === 0 ? (
        <p className="mt-4 rounded-lg bg-slate-100 p-4 text-slate-800 dark:bg-slate-800 dark:text-slate-100">
          <strong className="font-semibold">No winners named. </strong>
          {category.note ?? 'The source names no winners for this award.'}
        </p>
      ) : ranked ? (
        <AwardPodium
          winners={winners}
          metrics={category.metrics}
          headingLevel={winnerHeading}
        />
      ) : (
        <ul className={cn('mt-4 grid gap-3', '@2xl:grid-cols-2')}>
          {winners.map((winner, index) => (
            <li
              key={winner.name}
              data-winner-index={index}
              className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900"
            >
              <WinnerDetails
                winner={winner}
                metrics={category.metrics}
                headingLevel={winnerHeading}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
