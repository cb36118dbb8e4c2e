import { rm } from 'node:fs/promises';
import path from 'node:path';

import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Vite copies everything in `public/` into the build, including MSW's
 * `mockServiceWorker.js`. The production build must not ship it, so this
 * plugin deletes it from the output unless we are building in mock mode.
 */
export function stripMockWorkerPlugin(mode: string): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'cncf-explorer:strip-mock-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (mode === 'mock' || !config || config.build.ssr) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      await rm(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
