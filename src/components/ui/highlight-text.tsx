import { mergeRanges } from '@/lib/search/search-fields';

import type { MatchRange } from '@/lib/search/fuzzy-match';

export type HighlightTextProps = {
  text: string;
  /** Ranges to mark; may overlap or be unsorted. */
  ranges?: readonly MatchRange[] | undefined;
};

/** Text with the parts that matched the search wrapped in `<mark>`. */
export function HighlightText({ text, ranges }: HighlightTextProps) {
  if (!ranges || ranges.length === 0) return text;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of mergeRanges(ranges)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark
        key={start}
        className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-400/30 dark:text-amber-50"
      >
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
