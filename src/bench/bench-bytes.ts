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

const isCodeOrStyle = (r: Loaded) =>
  /\.(m?js|css)(\?|$)/.test(new URL(r.url).pathname);

const sum = (items: Loaded[]) =>
  items.reduce((total, r) => total + r.bytes, 0) / 1000;

export const firstLoadBytes: BenchGroup = {
  name: 'first-load bytes',
  async run(ctx) {
    const rows: BenchRow[] = ROUTES.map((path) => ({
      group: GROUP,
      name: `JS + CSS ${path}`,
      unit: 'kB',
      samples: [],
    }));
    const embed: BenchRow = {
      group: GROUP,
      name: `embed ${EMBED}, total transfer`,
      unit: 'kB',
      samples: [],
    };
    for (let run = 0; run < ctx.runs; run += 1) {
      for (const [index, path] of ROUTES.entries()) {
        rows[index]?.samples.push(
          sum((await loadOnce(ctx, path)).filter(isCodeOrStyle)),
        );
      }
      embed.samples.push(sum(await loadOnce(ctx, EMBED)));
      ctx.log(`bytes: run ${run + 1}/${ctx.runs}`);
    }
    return [...rows, embed];
  },
};
