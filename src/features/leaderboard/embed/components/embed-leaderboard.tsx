import { cn } from '@/utils/cn';

import { AwardLeaderboard } from '../../components/award-leaderboard';

import type { Awards } from '../../schemas';
import type { EmbedParams } from '../embed-params';

export type EmbedLeaderboardProps = {
  awards: Awards;
  /** The event's full name, for the heading. */
  eventName: string;
  params: EmbedParams;
  /** Absolute or root-relative URL of the full results on this site. */
  fullResultsUrl: string;
};

/**
 * The framed leaderboard: heading, results, and a credit line. Rendered to
 * static HTML at build time and by the SPA's /embed route. The `data-*`
 * hooks let the embed's tiny script apply URL options without React.
 * Links open in a new tab: the host page stays where it is.
 */
export function EmbedLeaderboard({
  awards,
  eventName,
  params,
  fullResultsUrl,
}: EmbedLeaderboardProps) {
  return (
    // Labelled, so the landmark stays unique when a host page (or our own
    // setup page's preview) has a <main> of its own around the frame.
    <main aria-label="Award leaderboard" className="p-3 sm:p-4">
      <h1
        data-embed-title=""
        className={cn(
          'mb-3 text-xl leading-tight font-bold sm:text-2xl',
          !params.title && 'sr-only',
        )}
      >
        Awards at {eventName}
      </h1>
      <AwardLeaderboard
        awards={awards}
        award={params.award}
        limit={params.limit}
      />
      {/* The static page holds every award; its script hides the others and,
          for an id the data lacks, shows this notice (React shows its own). */}
      {awards.categories.some(
        (c) => params.award === 'all' || c.id === params.award,
      ) && (
        <p
          data-award-missing=""
          hidden
          className="rounded-lg bg-slate-100 p-4 dark:bg-slate-800"
        >
          This event has no award with the id “<span data-award-id="" />” (the{' '}
          <code>award</code> option). Its awards are:{' '}
          {awards.categories.map((c) => c.id).join(', ')}, or <code>all</code>.
        </p>
      )}
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        Source: the conference wrap-up article.{' '}
        <a
          href={fullResultsUrl}
          target="_blank"
          rel="noopener"
          className="text-accent-700 dark:text-accent-300 focus-visible:outline-accent-600 dark:focus-visible:outline-accent-300 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          Full results on CNCF Explorer
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
