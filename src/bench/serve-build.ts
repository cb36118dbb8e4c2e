import { createServer } from 'node:net';

import { build, preview } from 'vite';

/** A port the OS says is free right now, on 127.0.0.1. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** `vite build` of the app, as users get it plus the benchmark's marks. */
export async function buildApp(repoRoot: string): Promise<void> {
  // The benchmark reads the app's performance marks: an instrumented build
  // (src/config/instrument.ts), as `npm run build:test` makes.
  process.env.VITE_INSTRUMENT = 'true';
  await build({ root: repoRoot, logLevel: 'warn' });
}

/**
 * `vite preview` of dist/ on 127.0.0.1 and a free port. It loads the
 * project's vite.config.ts, so its preview middlewares apply as in
 * `npm run preview`: the pre-rendered /embed/leaderboard page and the
 * frame-policy headers.
 */
export async function serveBuild(repoRoot: string) {
  const port = await findFreePort();
  const server = await preview({
    root: repoRoot,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}
