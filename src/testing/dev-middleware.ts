import path from 'node:path';

import type { Connect, Plugin, ViteDevServer } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What a plugin's dev-server middleware did with one request. */
export type DevAnswer = {
  contentType?: string;
  body?: string;
  passedOn: boolean;
};

/**
 * Installs `plugin`'s dev-server middleware on a stand-in server (the
 * repository as its root, Vitest's own loader for `ssrLoadModule`, plus
 * `server`'s fields) and sends one GET of `url` through it.
 */
export function requestThroughDevServer(
  plugin: Plugin,
  url: string,
  server: Partial<ViteDevServer> = {},
): Promise<DevAnswer> {
  let middleware: Connect.NextHandleFunction | undefined;
  const standIn = {
    config: { root: ROOT },
    ssrLoadModule: (file: string) => import(file),
    ...server,
    middlewares: { use: (fn: Connect.NextHandleFunction) => (middleware = fn) },
  } as unknown as ViteDevServer;
  (plugin.configureServer as (s: ViteDevServer) => void)(standIn);
  const handle = middleware;
  if (!handle) throw new Error('the plugin installed no middleware');
  return new Promise((resolve, reject) => {
    const answer: DevAnswer = { passedOn: false };
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
