import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { feedsPlugin } from './feeds-plugin';

import type { Connect, Plugin, ResolvedConfig, ViteDevServer } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PUBLIC_DIR = path.join(ROOT, 'public');

/** The plugin's dev-server middleware, as `vite` and `vite --mode mock` install it. */
function devMiddleware(): Connect.NextHandleFunction {
  const plugin: Plugin = feedsPlugin();
  const config = {
    publicDir: PUBLIC_DIR,
    env: {},
  } as unknown as ResolvedConfig;
  (plugin.configResolved as (c: ResolvedConfig) => void)(config);
  let middleware: Connect.NextHandleFunction | undefined;
  // Vitest's own loader stands in for the dev server's ssrLoadModule.
  const server = {
    config: { root: ROOT },
    ssrLoadModule: (file: string) => import(file),
    middlewares: { use: (fn: Connect.NextHandleFunction) => (middleware = fn) },
  } as unknown as ViteDevServer;
  (plugin.configureServer as (s: ViteDevServer) => void)(server);
  if (!middleware) throw new Error('the plugin installed no middleware');
  return middleware;
}

type Answer = { contentType?: string; body?: string; passedOn: boolean };

/** Sends one request through the middleware and collects what it answers. */
function request(url: string): Promise<Answer> {
  const middleware = devMiddleware();
  return new Promise((resolve, reject) => {
    const answer: Answer = { passedOn: false };
    const res = {
      setHeader: (name: string, value: string) => {
        if (name.toLowerCase() === 'content-type') answer.contentType = value;
      },
      end: (body: string) => resolve({ ...answer, body }),
    };
    middleware(
      { url } as Connect.IncomingMessage,
      res as unknown as Parameters<Connect.NextHandleFunction>[1],
      (error?: unknown) =>
        error ? reject(error as Error) : resolve({ passedOn: true }),
    );
  });
}

// The dev server (`npm run dev`, `npm run dev:mock`) answers the feed paths
// the build writes as files (those are checked in e2e/feeds.spec.ts).
describe('feedsPlugin on the dev server', () => {
  it('serves the Atom feed, the JSON Feed and the calendar', async () => {
    const atom = await request('/announcements/feed.xml?x=1');
    expect(atom.contentType).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');

    const json = await request('/announcements/feed.json');
    expect(json.contentType).toContain('json');
    expect(JSON.parse(json.body ?? '').items).toHaveLength(8);

    const ics = await request('/events.ics');
    expect(ics.contentType).toContain('text/calendar');
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('leaves every other path to the rest of the server', async () => {
    expect(await request('/announcements')).toEqual({ passedOn: true });
    expect(await request('/feed.xml')).toEqual({ passedOn: true });
  });
});
