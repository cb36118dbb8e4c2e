import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { gotoAndSettle } from './settle-page';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';
import type { Response } from '@playwright/test';

/** Routes whose first load is weighed (the list). */
const ROUTES = ['/', '/announcements', '/awards', '/landscape', '/booth'];
const EMBED = '/embed/leaderboard';
const GROUP = 'First load, gzipped';
const TEXT_TYPE = /text|javascript|json|xml|svg|css|manifest/;

/** As the budget checks in e2e/build-output.spec.ts weigh files. */
const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length;
/** The service-worker registration, imported after the page has loaded. */
const SW_REGISTRATION = 'workbox-window';

/** One response of a page load, weighed as sent gzipped. */
export type Loaded = { url: string; type: string; bytes: number };

/**
 * Every response a fresh page load makes (new context: empty cache, no
 * service worker), each weighed as a gzip-ing server would send it.
 */
export async function loadOnce(
  ctx: BenchContext,
  route: string,
): Promise<Loaded[]> {
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
  await gotoAndSettle(page, ctx.baseUrl + route);
  const loaded = (await Promise.all(pending)).filter((r) => r !== null);
  await context.close();
  // A URL fetched twice (preload, then import) is transferred once.
  return [...new Map(loaded.map((r) => [r.url, r])).values()];
}

export const extension = (r: Loaded) =>
  /\.(m?js|css)$/.exec(new URL(r.url).pathname)?.[1]?.replace('mjs', 'js');

export const KB = (items: Loaded[]) =>
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

/** Built file names of the service-worker registration chunk. */
async function swRegistrationFiles(repoRoot: string): Promise<Set<string>> {
  const manifest = JSON.parse(
    await readFile(path.join(repoRoot, 'dist/.vite/manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  return new Set(
    Object.entries(manifest)
      .filter(([key]) => key.includes(SW_REGISTRATION))
      .map(([, chunk]) => `/${chunk.file}`),
  );
}

export const firstLoadBytes: BenchGroup = {
  name: 'first-load bytes',
  async run(ctx) {
    const swFiles = await swRegistrationFiles(ctx.repoRoot);
    const isSw = (r: Loaded) => swFiles.has(new URL(r.url).pathname);
    const row = (name: string): BenchRow => ({
      group: GROUP,
      name,
      unit: 'KB',
      samples: [],
    });
    const perRoute = ROUTES.map((route) => ({
      route,
      js: row(`JS ${route}`),
      css: row(`CSS ${route}`),
    }));
    const sw = row(
      `JS, service-worker registration (${SW_REGISTRATION}), every route, after load`,
    );
    sw.note =
      "each route's JS row counts what the route needs (what the budget test counts); this chunk comes on top, imported once the page has loaded";
    const embed = row(`embed ${EMBED}, total transfer (HTML + script)`);
    for (let run = 0; run < ctx.runs; run += 1) {
      for (const { route, js, css } of perRoute) {
        const loaded = await loadOnce(ctx, route);
        const scripts = loaded.filter((r) => extension(r) === 'js');
        js.samples.push(KB(scripts.filter((r) => !isSw(r))));
        if (route === '/') sw.samples.push(KB(scripts.filter(isSw)));
        css.samples.push(KB(loaded.filter((r) => extension(r) === 'css')));
      }
      const embedLoad = await loadOnce(ctx, EMBED);
      checkPrerendered(embedLoad);
      embed.samples.push(KB(embedLoad));
      ctx.log(`bytes: run ${run + 1}/${ctx.runs}`);
    }
    return [
      ...perRoute.map((r) => r.js),
      sw,
      ...perRoute.map((r) => r.css),
      embed,
    ];
  },
};
