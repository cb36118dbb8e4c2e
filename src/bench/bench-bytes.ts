import { gzipSync } from 'node:zlib';

import { gotoAndSettle } from './settle-page';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';
import type { Response } from '@playwright/test';

/** Routes whose first load is weighed (the list). */
const ROUTES = ['/', '/announcements', '/awards', '/landscape', '/booth'];
const EMBED = '/embed/leaderboard';
const GROUP = 'First load, gzipped';
const TEXT_TYPE = /text|javascript|json|xml|svg|css|manifest/;

const gzipBytes = (body: Buffer) => gzipSync(body).length;

type Loaded = { url: string; type: string; bytes: number };

/**
 * Every response a fresh page load makes (new context: empty cache, no
 * service worker), each weighed as a gzip-ing server would send it.
 */
async function loadOnce(ctx: BenchContext, path: string): Promise<Loaded[]> {
  const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Promise<Loaded | null>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const type = response.headers()['content-type'] ?? '';
          const bytes = TEXT_TYPE.test(type) ? gzipBytes(body) : body.length;
          return { url: response.url(), type, bytes };
        })
        .catch(() => null),
    );
  });
  await gotoAndSettle(page, ctx.baseUrl + path);
  const loaded = (await Promise.all(pending)).filter((r) => r !== null);
  await context.close();
  // A URL fetched twice (preload, then import) is transferred once.
  return [...new Map(loaded.map((r) => [r.url, r])).values()];
}

const extension = (r: Loaded) =>
  /\.(m?js|css)$/.exec(new URL(r.url).pathname)?.[1]?.replace('mjs', 'js');

const KB = (items: Loaded[]) =>
  items.reduce((total, r) => total + r.bytes, 0) / 1024;

/**
 * The embed must be the pre-rendered page (dist/embed/leaderboard/
 * index.html, ~10 KB with its own script), which the project's preview
 * middleware serves; the SPA fallback would load the app bundle instead.
 */
function checkPrerendered(loaded: Loaded[]): void {
  const appFiles = loaded.filter((r) =>
    new URL(r.url).pathname.startsWith('/assets/'),
  );
  if (appFiles.length > 0) {
    throw new Error(
      `${EMBED} loaded the app bundle (${appFiles.map((r) => new URL(r.url).pathname).join(', ')}): the server is not serving the pre-rendered embed (serve with vite preview and the project's config)`,
    );
  }
}

export const firstLoadBytes: BenchGroup = {
  name: 'first-load bytes',
  async run(ctx) {
    const row = (name: string): BenchRow => ({
      group: GROUP,
      name,
      unit: 'KB',
      samples: [],
    });
    const perRoute = ROUTES.map((path) => ({
      path,
      js: row(`JS ${path}`),
      css: row(`CSS ${path}`),
    }));
    const embed = row(`embed ${EMBED}, total transfer (HTML + script)`);
    for (let run = 0; run < ctx.runs; run += 1) {
      for (const { path, js, css } of perRoute) {
        const loaded = await loadOnce(ctx, path);
        js.samples.push(KB(loaded.filter((r) => extension(r) === 'js')));
        css.samples.push(KB(loaded.filter((r) => extension(r) === 'css')));
      }
      const embedLoad = await loadOnce(ctx, EMBED);
      checkPrerendered(embedLoad);
      embed.samples.push(KB(embedLoad));
      ctx.log(`bytes: run ${run + 1}/${ctx.runs}`);
    }
    return [...perRoute.map((r) => r.js), ...perRoute.map((r) => r.css), embed];
  },
};
