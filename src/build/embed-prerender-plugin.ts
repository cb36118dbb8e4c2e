import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import tailwindcss from '@tailwindcss/vite';
import { build } from 'vite';

import {
  EMBED_BASE_PATH,
  EMBED_LEADERBOARD_PATH,
  EMBED_LOADER_PATH,
} from '../features/leaderboard/embed/embed-paths.ts';
import { loadAppModule, withAppModules } from './app-modules.ts';


import type * as PrerenderModuleNs from '../features/leaderboard/embed/page/prerender-leaderboard';
import type {
  InlineConfig,
  Plugin,
  ResolvedConfig,
  Rollup,
  ViteDevServer,
} from 'vite';

const EMBED_PAGE_FILE = `${EMBED_LEADERBOARD_PATH.slice(1)}/index.html`;
const EMBED_LOADER_FILE = EMBED_LOADER_PATH.slice(1);
const EMBED_ASSETS = `${EMBED_BASE_PATH.slice(1)}assets`;

function sharedConfig(root: string): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    resolve: { alias: { '@': path.join(root, 'src') } },
  };
}

function outputsOf(result: Awaited<ReturnType<typeof build>>) {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => ('output' in o ? o.output : []));
}

/** The embed's module script and stylesheet, built on their own (no React). */
async function buildEmbedClient(root: string) {
  const output = outputsOf(
    await build({
      ...sharedConfig(root),
      plugins: [tailwindcss()],
      build: {
        write: false,
        target: 'es2022',
        modulePreload: false,
        copyPublicDir: false,
        rollupOptions: {
          input: path.join(
            root,
            'src/features/leaderboard/embed/page/leaderboard-client.ts',
          ),
          output: {
            entryFileNames: `${EMBED_ASSETS}/leaderboard-[hash].js`,
            assetFileNames: `${EMBED_ASSETS}/[name]-[hash][extname]`,
          },
        },
      },
    }),
  );
  const script = output.find(
    (o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry,
  );
  const style = output.find(
    (o): o is Rollup.OutputAsset =>
      o.type === 'asset' && o.fileName.endsWith('.css'),
  );
  if (!script || !style || output.length !== 2) {
    throw new Error(
      `embed client build: expected one script and one stylesheet, got ${output.map((o) => o.fileName).join(', ')}`,
    );
  }
  return { script, css: String(style.source) };
}

/** /embed/loader.js: one classic script with a stable URL, for host pages. */
async function buildLoader(root: string): Promise<string> {
  const output = outputsOf(
    await build({
      ...sharedConfig(root),
      build: {
        write: false,
        target: 'es2019',
        copyPublicDir: false,
        lib: {
          entry: path.join(
            root,
            'src/features/leaderboard/embed/page/loader-entry.ts',
          ),
          formats: ['iife'],
          name: 'cncfExplorerEmbedLoader',
          fileName: () => EMBED_LOADER_FILE,
        },
      },
    }),
  );
  const chunk = output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') {
    throw new Error('embed loader build produced no script');
  }
  return chunk.code;
}

async function writeOut(outDir: string, file: string, text: string) {
  const target = path.join(outDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
}

const PRERENDER_MODULE =
  'src/features/leaderboard/embed/page/prerender-leaderboard.ts';
const CLIENT_MODULE = '/src/features/leaderboard/embed/page/leaderboard-client.ts';

/**
 * The embed page on the dev server: rendered per request by the same
 * prerender module as the build, with the same client script (served by
 * Vite, which injects its stylesheet), so options are applied one way in
 * dev and production alike.
 */
function serveEmbedInDev(server: ViteDevServer) {
  server.middlewares.use((req, res, next) => {
    const { pathname } = new URL(req.url ?? '/', 'http://dev.invalid');
    if (pathname.replace(/\/$/, '') !== EMBED_LEADERBOARD_PATH) return next();
    void (async () => {
      const module = await loadAppModule<typeof PrerenderModuleNs>(
        server,
        PRERENDER_MODULE,
      );
      const html = await module.prerenderLeaderboard({
        dataDir: path.join(server.config.root, 'public/data'),
        css: '',
        scriptSrc: CLIENT_MODULE,
      });
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(await server.transformIndexHtml(req.url ?? pathname, html));
    })().catch(next);
  });
}

/**
 * After the client build, pre-renders /embed/leaderboard from the same
 * React components and data as /awards (react-dom/server), with its own
 * small script and inlined stylesheet, and builds the host-page loader.
 * The dev server renders the same page per request.
 */
export function embedPrerenderPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'cncf-explorer:embed-prerender',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      serveEmbedInDev(server);
    },
    async closeBundle() {
      if (!config || config.command !== 'build' || config.build.ssr) return;
      const root = config.root;
      const outDir = path.resolve(root, config.build.outDir);
      const [client, loader] = [
        await buildEmbedClient(root),
        await buildLoader(root),
      ];
      const html = await withAppModules(root, 'production', async (server) => {
        const module = await loadAppModule<typeof PrerenderModuleNs>(
          server,
          PRERENDER_MODULE,
        );
        return module.prerenderLeaderboard({
          dataDir: path.join(root, 'public/data'),
          css: client.css,
          scriptSrc: `/${client.script.fileName}`,
        });
      });
      await writeOut(outDir, client.script.fileName, client.script.code);
      await writeOut(outDir, EMBED_LOADER_FILE, loader);
      await writeOut(outDir, EMBED_PAGE_FILE, html);
    },
  };
}
