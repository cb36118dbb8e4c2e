import { AwardCategorySection } from './award-category-section';

import type { AwardChoice } from '../award-choice';
import type { Awards } from '../schemas';

export type AwardLeaderboardProps = {
  awards: Awards;
  /** Which award to show; `all` shows every category in data order. */
  award?: AwardChoice;
  limit?: number | null;
  headingLevel?: 'h2' | 'h3';
};

/** The award results, one section per category. Shared by /awards and the embed. */
export function AwardLeaderboard({
  awards,
  award = 'all',
  limit = null,
  headingLevel = 'h2',
}: AwardLeaderboardProps) {
  const categories = awards.categories.filter(
    (category) => award === 'all' || category.id === award,
  );
  if (categories.length === 0) {
    return (
      <p className="rounded-lg bg-slate-100 p-4 dark:bg-slate-800">
        The data has no award of this category.
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {categories.map((category) => (
        <AwardCategorySection
          key={category.id}
          category={category}
          limit={limit}
          headingLevel={headingLevel}
        />
      ))}
    </div>
  );
}
