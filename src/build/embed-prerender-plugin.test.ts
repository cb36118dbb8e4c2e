import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { embedPrerenderPlugin } from './embed-prerender-plugin';

import type { Connect, Plugin, ViteDevServer } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

type Answer = { contentType?: string; body?: string; passedOn: boolean };

/** Sends one request through the plugin's dev-server middleware. */
function request(url: string): Promise<Answer> {
  const plugin: Plugin = embedPrerenderPlugin();
  let middleware: Connect.NextHandleFunction | undefined;
  // Vitest's own loader stands in for the dev server's ssrLoadModule.
  const server = {
    config: { root: ROOT },
    ssrLoadModule: (file: string) => import(file),
    transformIndexHtml: (_url: string, html: string) =>
      Promise.resolve(html.replace('</head>', '<!-- dev client --></head>')),
    middlewares: { use: (fn: Connect.NextHandleFunction) => (middleware = fn) },
  } as unknown as ViteDevServer;
  (plugin.configureServer as (s: ViteDevServer) => void)(server);
  if (!middleware) throw new Error('the plugin installed no middleware');
  const handle = middleware;
  return new Promise((resolve, reject) => {
    const answer: Answer = { passedOn: false };
    const res = {
      setHeader: (name: string, value: string) => {
        if (name.toLowerCase() === 'content-type') answer.contentType = value;
      },
      end: (body: string) => resolve({ ...answer, body }),
    };
    handle(
      { url } as Connect.IncomingMessage,
      res as unknown as Parameters<Connect.NextHandleFunction>[1],
      (error?: unknown) =>
        error ? reject(error as Error) : resolve({ passedOn: true }),
    );
  });
}

// `npm run dev` serves the embed as the build does: the prerendered page
// and its own client script, which applies the URL's options.
describe('embedPrerenderPlugin on the dev server', () => {
  it('renders the leaderboard page with the embed client script', async () => {
    const page = await request('/embed/leaderboard?award=lifetime&theme=dark');
    expect(page.contentType).toContain('text/html');
    expect(page.body).toContain('Tim Hockin');
    expect(page.body).toContain('data-award="end-user"');
    expect(page.body).toContain(
      'src="/src/features/leaderboard/embed/page/leaderboard-client.ts"',
    );
    // Through Vite's HTML pipeline (its client and React refresh).
    expect(page.body).toContain('<!-- dev client -->');
  });

  it('passes every other path on', async () => {
    for (const url of ['/embed/other', '/awards/embed', '/']) {
      expect(await request(url)).toEqual({ passedOn: true });
    }
  });
});
