import http from 'node:http';

/**
 * A stand-in for an organiser's site: a plain HTTP server on another port
 * of 127.0.0.1 (so another origin) that serves pages embedding the app.
 */
export type HostServer = {
  origin: string;
  /** Serve `html` at `path` (an organiser's page with the pasted snippet). */
  setPage: (path: string, html: string) => void;
  close: () => Promise<void>;
};

export async function startHostServer(port: number): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const html = pages.get(path);
    res.writeHead(html === undefined ? 404 : 200, {
      'Content-Type': 'text/html; charset=utf-8',
    });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html) => pages.set(path, html),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A minimal host page: some text, the iframe, optionally the loader. */
export function hostPage(options: {
  appOrigin: string;
  path?: string;
  query?: string;
  height?: number;
  loader?: boolean;
}): string {
  const src = `${options.appOrigin}${options.path ?? '/embed/leaderboard'}${options.query ?? ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Organiser's page</title></head>
<body style="margin:0;background:#f5f0e6">
<h1>Our event news</h1>
<iframe src="${src.replace(/&/g, '&amp;')}" title="Award winners" width="100%" height="${options.height ?? 1100}" style="border:0;display:block" referrerpolicy="strict-origin-when-cross-origin"></iframe>
<p id="after">Text after the embed.</p>
${options.loader ? `<script src="${options.appOrigin}/embed/loader.js" async></script>` : ''}
</body></html>`;
}
