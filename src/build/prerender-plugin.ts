import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { loadAppModule, withAppModules } from './app-modules.ts';

import type * as PrerenderSiteNs from '../prerender/prerender-site';
import type * as UrlNs from '../utils/url';
import type { Connect, Plugin, ResolvedConfig } from 'vite';

const PRERENDER_ENTRY = 'src/prerender/prerender-site.ts';

/**
 * `vite preview` answers `/awards`, `/awards/` and `/announcements/<id>` (any
 * query) with the prerendered `<path>/index.html`, as static hosts do; other
 * URLs keep Vite's SPA fallback (`index.html`).
 */
function servePrerendered(outDir: string): Connect.NextHandleFunction {
  return (req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const dir = decodeURIComponent(url.pathname).replace(/\/+$/, '');
    if (!dir || path.extname(dir)) return next();
    const file = path.join(outDir, dir, 'index.html');
    if (file.startsWith(outDir + path.sep) && existsSync(file)) {
      req.url = `${dir}/index.html${url.search}`;
    }
    next();
  };
}

/**
 * After the client build, prerenders every page with its data (React
 * Router's static handler, src/prerender/) into `<path>/index.html` and
 * `404.html`, each with its own title, description and link preview. The
 * mock-mode build is left a plain SPA: its fault journeys need the
 * requests that prerendered data would save.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'cncf-explorer:prerender',
    configResolved(resolved) {
      config = resolved;
    },
    // writeBundle, not closeBundle: the pages must exist before the PWA
    // plugin lists the build's files.
    async writeBundle() {
      if (!config || config.command !== 'build' || config.build.ssr) return;
      if (this.environment.name !== 'client' || config.mode === 'mock') return;
      const { root, mode } = config;
      const outDir = path.resolve(root, config.build.outDir);
      const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const started = performance.now();
      const pages = await withAppModules(root, mode, async (server) => {
        const { prerenderSite } = await loadAppModule<typeof PrerenderSiteNs>(
          server,
          PRERENDER_ENTRY,
        );
        const { resolveSiteUrl } = await loadAppModule<typeof UrlNs>(
          server,
          'src/utils/url.ts',
        );
        return prerenderSite({
          template,
          dataDir: path.resolve(config!.publicDir, 'data'),
          siteUrl: resolveSiteUrl(
            config!.env.VITE_SITE_URL as string | undefined,
          ),
        });
      });
      for (const page of pages) {
        const target = path.join(outDir, page.file);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, page.html);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      config.logger.info(`prerendered ${pages.length} pages in ${seconds} s`);
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(
        server.config.root,
        server.config.build.outDir,
      );
      server.middlewares.use(servePrerendered(outDir));
    },
  };
}
