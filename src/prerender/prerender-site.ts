import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { paths } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';

import { pageDocument } from './page-document';
import { pageMeta } from './page-meta';
import { renderRoute } from './render-route';

import type { QueryClient } from '@tanstack/react-query';

/** One written page: its file under the output folder and its HTML. */
export type PrerenderedPage = { path: string; file: string; html: string };

export type PrerenderSiteInput = {
  /** The built `index.html`. */
  template: string;
  /** The `public/data` folder the build ships. */
  dataDir: string;
  /** VITE_SITE_URL, checked, without a trailing slash. */
  siteUrl: string;
};

/** The pages every build prerenders besides one per announcement. */
const FIXED_PAGES = [
  paths.home,
  paths.announcements,
  paths.awards,
  paths.awardsEmbed,
  paths.landscape,
  paths.timeline,
  paths.booth,
  paths.boothSetup,
];
/** Rendered at this path, written as `404.html` for static hosts. */
const NOT_FOUND_PATH = '/404';

/** `/` → `index.html`, `/awards` → `awards/index.html`. */
function fileFor(pathname: string): string {
  if (pathname === NOT_FOUND_PATH) return '404.html';
  return path.posix.join(pathname.slice(1), 'index.html');
}

/**
 * The app's data requests (`http://localhost/data/…` when rendered in
 * Node) read the shipped files; any other URL goes to the network.
 */
function withShippedData<T>(
  dataDir: string,
  run: () => Promise<T>,
): Promise<T> {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (
      url.origin !== 'http://localhost' ||
      !url.pathname.startsWith('/data/')
    ) {
      return networkFetch(input, init);
    }
    const file = path.join(
      dataDir,
      decodeURIComponent(url.pathname.slice('/data/'.length)),
    );
    if (!file.startsWith(dataDir + path.sep))
      return new Response(null, { status: 404 });
    const text = await readFile(file, 'utf8').catch(() => null);
    return text === null
      ? new Response(null, { status: 404 })
      : new Response(text, { headers: { 'Content-Type': 'application/json' } });
  };
  return run().finally(() => {
    globalThis.fetch = networkFetch;
  });
}

async function renderPage(input: PrerenderSiteInput, pathname: string) {
  const page = await renderRoute(pathname, input.siteUrl);
  const meta = pageMeta(pathname, page.queryClient);
  const ids = announcementIds(pathname, page.queryClient);
  // Drops the cache's garbage-collection timers (24 h), which would keep
  // the build's process alive.
  page.queryClient.clear();
  const url =
    pathname === NOT_FOUND_PATH
      ? input.siteUrl + '/'
      : input.siteUrl + pathname;
  const html = pageDocument({
    template: input.template,
    page,
    meta,
    url: pathname === paths.home ? `${input.siteUrl}/` : url,
    imageUrl: `${input.siteUrl}/cards/${meta.card}.png`,
  });
  return { ids, html };
}

/** The announcement ids the announcements page was rendered with. */
function announcementIds(pathname: string, client: QueryClient): string[] {
  if (pathname !== paths.announcements) return [];
  const list = client.getQueryData(announcementQueries.list().queryKey);
  return list?.data.announcements.map((a) => a.id) ?? [];
}

/**
 * Prerenders every page of the site with its data: the fixed pages, one
 * page per announcement (ids from the announcements page's own data) and
 * the not-found page.
 */
export async function prerenderSite(
  input: PrerenderSiteInput,
): Promise<PrerenderedPage[]> {
  return withShippedData(input.dataDir, async () => {
    const out: PrerenderedPage[] = [];
    const ids: string[] = [];
    for (const pathname of FIXED_PAGES) {
      const page = await renderPage(input, pathname);
      out.push({ path: pathname, file: fileFor(pathname), html: page.html });
      ids.push(...page.ids);
    }
    for (const pathname of [...ids.map(paths.announcement), NOT_FOUND_PATH]) {
      const { html } = await renderPage(input, pathname);
      out.push({
        path: pathname,
        file: fileFor(decodeURIComponent(pathname)),
        html,
      });
    }
    return out;
  });
}
