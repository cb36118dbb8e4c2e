import path from 'node:path';

import { createServer } from 'vite';

import type { InlineConfig, ViteDevServer } from 'vite';

/**
 * The one way build plugins run app code (TypeScript, JSX, `@/` imports,
 * `import.meta.env`, dynamic `import()` of route modules): Vite's own SSR
 * module loader, `ssrLoadModule`, on a dev server the plugin already has or
 * on a short-lived one without its own plugins, HMR or file watching.
 */
function appModuleConfig(root: string, mode: string): InlineConfig {
  return {
    configFile: false,
    root,
    mode,
    logLevel: 'warn',
    publicDir: false,
    appType: 'custom',
    resolve: { alias: { '@': path.join(root, 'src') } },
    // Nothing is served to a browser: no dependency scan or pre-bundling.
    optimizeDeps: { noDiscovery: true, entries: [] },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  };
}

/** Loads `file` (relative to `root`) with the server's SSR module loader. */
export async function loadAppModule<M>(
  server: ViteDevServer,
  file: string,
): Promise<M> {
  return (await server.ssrLoadModule(path.join(server.config.root, file))) as M;
}

/**
 * Starts a module-loading server for the build, hands it to `run` and
 * closes it afterwards (route modules are imported lazily while rendering,
 * so the server must live as long as the work does).
 */
export async function withAppModules<T>(
  root: string,
  mode: string,
  run: (server: ViteDevServer) => Promise<T>,
): Promise<T> {
  const server = await createServer(appModuleConfig(root, mode));
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}
