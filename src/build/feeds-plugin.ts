import type { GeneratedFile, generateFeeds } from './feeds/generate-feeds';
import type { Connect, Plugin } from 'vite';

type Generator = { generateFeeds: typeof generateFeeds };

/**
 * vite.config.ts is bundled without the `@/` alias, so the generator (which
 * uses the app's schemas and `@/` imports) is loaded at run time through
 * tsx, which honours tsconfig paths. Each call reads the data afresh.
 */
async function loadGenerator(): Promise<Generator> {
  const { tsImport } = await import('tsx/esm/api');
  return (await tsImport(
    './feeds/generate-feeds.ts',
    import.meta.url,
  )) as Generator;
}

/**
 * Renders the Atom feed, the JSON Feed and the iCalendar file from the data
 * in `public/data`. The build emits them as files next to the app; the dev
 * server (including mock mode) answers them on the same paths, so links
 * work everywhere. The absolute site URL comes from VITE_SITE_URL.
 */
export function feedsPlugin(): Plugin {
  let publicDir = '';
  let siteUrl: string | undefined;

  async function render(): Promise<GeneratedFile[]> {
    const { generateFeeds } = await loadGenerator();
    return generateFeeds({ publicDir, siteUrl });
  }

  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    render()
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
      siteUrl = config.env.VITE_SITE_URL as string | undefined;
    },
    configureServer(server) {
      // The feeds' paths come from the generator itself (one render at
      // start), so no list here has to be kept in step with FEED_PATHS.
      let feedPaths: Promise<Set<string>> | null = null;
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        feedPaths ??= render().then(
          (files) => new Set(files.map((f) => f.urlPath)),
        );
        feedPaths
          .then((paths) =>
            paths.has(pathname) ? serve(req, res, next) : next(),
          )
          .catch((error: unknown) => {
            feedPaths = null; // broken data: try again on the next request
            next(error);
          });
      });
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      for (const file of await render()) {
        this.emitFile({
          type: 'asset',
          fileName: file.urlPath.replace(/^\//, ''),
          source: file.source,
        });
      }
    },
  };
}
