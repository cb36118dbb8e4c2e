import { loadAppModule, withAppModules } from './app-modules.ts';

import type { GeneratedFile, generateFeeds } from './feeds/generate-feeds';
import type { Connect, Plugin, ViteDevServer } from 'vite';

type Generator = { generateFeeds: typeof generateFeeds };

const GENERATOR = 'src/build/feeds/generate-feeds.ts';

/**
 * Renders the Atom feed, the JSON Feed and the iCalendar file from the data
 * in `public/data`. The build emits them as files next to the app; the dev
 * server (including mock mode) answers them on the same paths, so links
 * work everywhere. The absolute site URL comes from VITE_SITE_URL.
 */
export function feedsPlugin(): Plugin {
  let publicDir = '';
  let siteUrl: string | undefined;
  let root = '';
  let mode = 'production';

  async function render(server: ViteDevServer): Promise<GeneratedFile[]> {
    const { generateFeeds } = await loadAppModule<Generator>(server, GENERATOR);
    return generateFeeds({ publicDir, siteUrl });
  }

  const serve = (
    server: ViteDevServer,
    ...[req, res, next]: Parameters<Connect.NextHandleFunction>
  ) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    render(server)
      .then((files) => {
        const file = files.find((f) => f.urlPath === pathname);
        if (!file) return next();
        res.setHeader('Content-Type', file.contentType);
        res.end(file.source);
      })
      .catch((error: unknown) => next(error));
  };

  return {
    name: 'cncf-explorer:feeds',
    configResolved(config) {
      publicDir = config.publicDir;
      root = config.root;
      mode = config.mode;
      siteUrl = config.env.VITE_SITE_URL as string | undefined;
    },
    configureServer(server) {
      // The feeds' paths come from the generator itself (one render at
      // start), so no list here has to be kept in step with FEED_PATHS.
      let feedPaths: Promise<Set<string>> | null = null;
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        feedPaths ??= render(server).then(
          (files) => new Set(files.map((f) => f.urlPath)),
        );
        feedPaths
          .then((paths) =>
            paths.has(pathname) ? serve(server, req, res, next) : next(),
          )
          .catch((error: unknown) => {
            feedPaths = null; // broken data: try again on the next request
            next(error);
          });
      });
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      const files = await withAppModules(root, mode, render);
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: file.urlPath.replace(/^\//, ''),
          source: file.source,
        });
      }
    },
  };
}
