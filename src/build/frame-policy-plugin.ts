import { statSync } from 'node:fs';
import path from 'node:path';

import {
  EMBED_BASE_PATH as EMBED_PATH_PREFIX,
  EMBED_PAGES,
} from '../features/leaderboard/embed/embed-paths.ts';

import type { Connect, Plugin } from 'vite';

/** Whether `pathname` is one of the embed pages (`/x`, `/x/`, `/x/index.html`). */
function isEmbedPage(pathname: string): boolean {
  return EMBED_PAGES.some(
    (page) =>
      pathname === page ||
      pathname === `${page}/` ||
      pathname === `${page}/index.html`,
  );
}

/** The headers a static host should send for a given request path. */
function framePolicyHeaders(pathname: string): Record<string, string> {
  if (isEmbedPage(pathname)) {
    return { 'Content-Security-Policy': 'frame-ancestors *' };
  }
  return {
    'Content-Security-Policy': "frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
  };
}

/** The body of the 404 answer for an unknown embed path. */
const EMBED_NOT_FOUND_HTML =
  '<!doctype html><html lang="en"><meta charset="utf-8">' +
  '<title>Not found · CNCF Explorer</title>' +
  '<h1>Not found</h1><p>There is no embed at this address.</p></html>';

function isFileIn(root: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = path.join(root, decoded);
  if (!file.startsWith(root + path.sep)) return false;
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Sends the frame policy for every path, and answers 404 for a path under
 * /embed/ that is neither an embed page nor a file of the build (the embed's
 * script, stylesheet and loader), instead of the SPA fallback.
 */
function framePolicy(root: string | undefined): Connect.NextHandleFunction {
  return (req, res, next) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(framePolicyHeaders(pathname))) {
      res.setHeader(name, value);
    }
    const unknownEmbed =
      pathname.startsWith(EMBED_PATH_PREFIX) &&
      !isEmbedPage(pathname) &&
      !(root && isFileIn(root, pathname));
    if (!unknownEmbed) {
      next();
      return;
    }
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : EMBED_NOT_FOUND_HTML);
  };
}

/** Makes `vite preview` (and the dev server) send the frame policy. */
export function framePolicyPlugin(): Plugin {
  let outDir: string | undefined;
  return {
    name: 'cncf-explorer:frame-policy',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      // The dev server has no built embed files: only the pages exist.
      server.middlewares.use(framePolicy(undefined));
    },
    configurePreviewServer(server) {
      server.middlewares.use(framePolicy(outDir));
    },
  };
}
