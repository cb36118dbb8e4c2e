import type { Connect, Plugin } from 'vite';

/** Paths under this prefix may be framed by any site; nothing else may. */
export const EMBED_PATH_PREFIX = '/embed/';

/** The headers a static host should send for a given request path. */
export function framePolicyHeaders(pathname: string): Record<string, string> {
  if (pathname.startsWith(EMBED_PATH_PREFIX)) {
    return { 'Content-Security-Policy': 'frame-ancestors *' };
  }
  return {
    'Content-Security-Policy': "frame-ancestors 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
  };
}

const applyFramePolicy: Connect.NextHandleFunction = (req, res, next) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of Object.entries(framePolicyHeaders(pathname))) {
    res.setHeader(name, value);
  }
  next();
};

/** Makes `vite preview` (and the dev server) send the frame policy. */
export function framePolicyPlugin(): Plugin {
  return {
    name: 'cncf-explorer:frame-policy',
    configureServer(server) {
      server.middlewares.use(applyFramePolicy);
    },
    configurePreviewServer(server) {
      server.middlewares.use(applyFramePolicy);
    },
  };
}
