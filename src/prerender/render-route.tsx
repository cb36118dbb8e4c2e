import { QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
} from 'react-router';

import { createAppRoutes } from '@/app/router';
import { setRenderContext, todayIso } from '@/hooks/use-render-context';
import { createQueryClient, whenQueriesSettle } from '@/lib/query-client';

import { normalizePath } from './prerender-state';

import type { PrerenderState } from './prerender-state';
import type { Query, QueryClient } from '@tanstack/react-query';

/** Render passes allowed to discover queries that components start themselves. */
const MAX_PASSES = 6;

/** One prerendered URL. */
export type RenderedRoute = {
  /** The app's markup for #root. */
  html: string;
  /** The text of the `<title>` the route rendered. */
  title: string;
  /** Other head elements React hoisted out of the markup (image preloads). */
  head: string;
  /** 404 for the not-found page, else 200. */
  status: number;
  state: PrerenderState;
  /** The cache the page was rendered from, for its link preview. */
  queryClient: QueryClient;
};

/** Queries a render asked for that nothing has fetched yet. */
function unfetched(queryClient: QueryClient): Query[] {
  return queryClient.getQueryCache().findAll({
    predicate: (q) =>
      q.state.status === 'pending' && q.state.fetchStatus === 'idle',
  });
}

/** Fails the build on any query that failed, with the data's own message. */
function assertNoErrors(pathname: string, queryClient: QueryClient): void {
  const failed = queryClient
    .getQueryCache()
    .findAll({ predicate: (q) => q.state.status === 'error' });
  if (failed.length > 0) {
    const messages = failed.map((q) => String(q.state.error));
    throw new Error(`prerender ${pathname}: ${messages.join('; ')}`);
  }
}

/**
 * The hashes of the queries renders read (every useQuery builds or finds
 * its query through the cache's `build`).
 */
function recordReads(queryClient: QueryClient): Set<string> {
  const cache = queryClient.getQueryCache();
  const read = new Set<string>();
  const build = cache.build.bind(cache);
  cache.build = (...args) => {
    const query = build(...args);
    read.add(query.queryHash);
    return query;
  };
  return read;
}

/**
 * React 19 hoists `<title>`, preloads and stylesheets with a precedence
 * (the booth's `<style precedence>`) to the front of the markup.
 */
const LEADING_HOISTABLES =
  /^(?:<title>[^<]*<\/title>|<link [^>]*\/?>|<meta [^>]*\/?>|<style data-precedence="[^"]*" data-href="[^"]*">[^<]*<\/style>)+/;

function splitHoisted(markup: string) {
  const head = LEADING_HOISTABLES.exec(markup)?.[0] ?? '';
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '';
  return {
    html: markup.slice(head.length),
    head: head.replace(/<title>[^<]*<\/title>/, ''),
    title,
  };
}

/**
 * Renders one URL of the app with React Router's static handler: runs the
 * matched routes' loaders, then renders until every query the page reads
 * has its data, so the markup holds the content, not skeletons. A query
 * that fails fails the build, naming the file and the field.
 */
export async function renderRoute(
  pathname: string,
  siteUrl: string,
): Promise<RenderedRoute> {
  const rendered = { renderedOn: todayIso(), origin: new URL(siteUrl).origin };
  setRenderContext(rendered);
  const queryClient = createQueryClient();
  const handler = createStaticHandler(createAppRoutes(queryClient));
  const context = await handler.query(
    new Request(new URL(pathname, 'http://localhost')),
  );
  if (context instanceof Response) {
    throw new Error(
      `prerender ${pathname}: the route answered with a response`,
    );
  }
  if (context.errors) {
    const errors = Object.values(context.errors).map(String);
    throw new Error(`prerender ${pathname}: ${errors.join('; ')}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const read = recordReads(queryClient);
  let markup: string;
  for (let pass = 0; ; pass++) {
    await whenQueriesSettle(queryClient);
    read.clear(); // only the last pass counts
    markup = renderToString(
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider
          router={router}
          context={context}
          hydrate={false}
        />
      </QueryClientProvider>,
    );
    const missing = unfetched(queryClient);
    if (missing.length === 0) break;
    if (pass >= MAX_PASSES) {
      throw new Error(
        `prerender ${pathname}: queries still pending after ${pass} passes`,
      );
    }
    await Promise.all(missing.map((q) => q.fetch().catch(() => undefined)));
  }
  assertNoErrors(pathname, queryClient);
  // Only what the page reads: a fetch may also fill other keys (the whole
  // landscape seeds every category), which the page does not need.
  const queries = dehydrate(queryClient, {
    shouldDehydrateQuery: (q) =>
      q.state.status === 'success' && read.has(q.queryHash),
  });
  return {
    ...splitHoisted(markup),
    status: context.statusCode,
    queryClient,
    state: {
      path: normalizePath(pathname),
      context: rendered,
      router: {
        loaderData: context.loaderData,
        actionData: null,
        errors: null,
      },
      queries,
    },
  };
}
