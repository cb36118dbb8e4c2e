import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { pageTitle, paths } from '@/config/paths';
import { ContrastWarning } from '@/features/leaderboard/components/contrast-warning';
import { CopySnippet } from '@/features/leaderboard/components/copy-snippet';
import { EmbedOptionsForm } from '@/features/leaderboard/components/embed-options-form';
import { EmbedPreview } from '@/features/leaderboard/components/embed-preview';
import {
  embedParamsToSearch,
  parseEmbedParams,
} from '@/features/leaderboard/embed-params';
import {
  EMBED_PAGE_PATH,
  iframeSnippet,
  initialHeightFor,
  loaderSnippet,
} from '@/features/leaderboard/embed-snippet';
import { useSiteOrigin } from '@/hooks/use-render-context';
import { catalogQueries } from '@/lib/event-catalog';

import type { EmbedParams } from '@/features/leaderboard/embed-params';

/** The options live in this page's URL, with the embed's own parameter names. */
function useEmbedOptions() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseEmbedParams(searchParams);
  const setParams = (next: EmbedParams) =>
    setSearchParams(new URLSearchParams(embedParamsToSearch(next)), {
      replace: true,
      preventScrollReset: true,
    });
  return [params, setParams] as const;
}

export function Component() {
  const [params, setParams] = useEmbedOptions();
  const featured = useQuery(catalogQueries.featured());
  const origin = useSiteOrigin();
  const eventName = featured.data?.event.name ?? 'KubeCon';
  const frameTitle = `Award winners at ${eventName}`;
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
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <section aria-labelledby="embed-options">
          <h2 id="embed-options" className="mb-4 text-xl font-semibold">
            Options
          </h2>
          <EmbedOptionsForm params={params} onChange={setParams} />
          <ContrastWarning params={params} />
        </section>
        <section aria-labelledby="embed-preview" className="min-w-0">
          <h2 id="embed-preview" className="mb-4 text-xl font-semibold">
            Preview
          </h2>
          <EmbedPreview
            src={`${EMBED_PAGE_PATH}${embedParamsToSearch(params)}`}
            initialHeight={initialHeightFor(params)}
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
          code={iframeSnippet(origin, params, frameTitle)}
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
