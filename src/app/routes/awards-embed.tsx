import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle, paths } from '@/config/paths';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import { ContrastWarning } from '@/features/leaderboard/embed/components/contrast-warning';
import { CopySnippet } from '@/features/leaderboard/embed/components/copy-snippet';
import { EmbedOptionsForm } from '@/features/leaderboard/embed/components/embed-options-form';
import { EmbedPreview } from '@/features/leaderboard/embed/components/embed-preview';
import {
  embedParamsToSearch,
  parseEmbedParams,
} from '@/features/leaderboard/embed/embed-params';
import { EMBED_LEADERBOARD_PATH } from '@/features/leaderboard/embed/embed-paths';
import {
  iframeSnippet,
  initialHeightFor,
  loaderSnippet,
} from '@/features/leaderboard/embed/embed-snippet';
import { useSiteOrigin } from '@/hooks/use-render-context';
import { useSearchState } from '@/hooks/use-search-state';

import type { EmbedParams } from '@/features/leaderboard/embed/embed-params';
import type { Awards } from '@/features/leaderboard/schemas';

/** The options live in this page's URL, with the embed's own parameter names. */
const writeEmbedParams = (params: EmbedParams) =>
  new URLSearchParams(embedParamsToSearch(params));

export function Component() {
  const awards = useQuery(leaderboardQueries.awards());
  return (
    <>
      <title>{pageTitle('Embed the award leaderboard')}</title>
      <p className="mb-2 text-sm">
        <Link to={paths.awards} className={`underline ${FOCUS_RING}`}>
          ← Awards
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Embed the award leaderboard</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Show the winners on your own page: choose the options, check the
        preview, then paste the snippet into your HTML. The embed weighs under
        25 KB, sets no cookies, and works without JavaScript.
      </p>
      <QueryView
        query={awards}
        loadingLabel="Loading awards…"
        skeleton={<Skeleton className="mt-8 h-96" />}
      >
        {({ event, data }) => (
          <EmbedSetup awards={data} eventName={event.name} />
        )}
      </QueryView>
    </>
  );
}

/** Options, live preview and snippets, for the featured event's awards. */
function EmbedSetup({
  awards,
  eventName,
}: {
  awards: Awards;
  eventName: string;
}) {
  const [params, setParams] = useSearchState(
    parseEmbedParams,
    writeEmbedParams,
  );
  const origin = useSiteOrigin();
  const frameTitle = `Award winners at ${eventName}`;
  const height = initialHeightFor(awards, params);
  return (
    <>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <section aria-labelledby="embed-options">
          <h2 id="embed-options" className="mb-4 text-xl font-semibold">
            Options
          </h2>
          <EmbedOptionsForm
            awards={awards}
            params={params}
            onChange={setParams}
          />
          <ContrastWarning params={params} />
        </section>
        <section aria-labelledby="embed-preview" className="min-w-0">
          <h2 id="embed-preview" className="mb-4 text-xl font-semibold">
            Preview
          </h2>
          <EmbedPreview
            src={`${EMBED_LEADERBOARD_PATH}${embedParamsToSearch(params)}`}
            initialHeight={height}
          />
        </section>
      </div>
      <section
        aria-labelledby="embed-code"
        className="mt-10 max-w-4xl space-y-6"
      >
        <h2 id="embed-code" className="text-xl font-semibold">
          Code for your page
        </h2>
        <CopySnippet
          label="Iframe snippet"
          description="Works on its own at a fixed height; longer content scrolls inside the frame."
          code={iframeSnippet(origin, params, frameTitle, height)}
        />
        <CopySnippet
          label="Script line"
          description="Optional. Add it once, after the iframe, and the frame takes the height of its content."
          code={loaderSnippet(origin)}
        />
      </section>
    </>
  );
}
