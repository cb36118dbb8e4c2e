import { describe, expect, it } from 'vitest';

import { requestThroughDevServer } from '@/testing/dev-middleware';

import { embedPrerenderPlugin } from './embed-prerender-plugin';

/** One request through the plugin's dev-server middleware. */
function request(url: string) {
  return requestThroughDevServer(embedPrerenderPlugin(), url, {
    transformIndexHtml: (_url: string, html: string) =>
      Promise.resolve(html.replace('</head>', '<!-- dev client --></head>')),
  });
}

// `npm run dev` serves the embed as the build does: the prerendered page
// and its own client script, which applies the URL's options.
describe('embedPrerenderPlugin on the dev server', () => {
  it('renders the leaderboard page with the embed client script', async () => {
    const page = await request('/embed/leaderboard?award=lifetime&theme=dark');
    expect(page.contentType).toContain('text/html');
    expect(page.body).toContain('Tim Hockin');
    expect(page.body).toContain('data-award="end-user"');
    expect(page.body).toContain(
      'src="/src/features/leaderboard/embed/page/leaderboard-client.ts"',
    );
    // Through Vite's HTML pipeline (its client and React refresh).
    expect(page.body).toContain('<!-- dev client -->');
  });

  it('passes every other path on', async () => {
    for (const url of ['/embed/other', '/awards/embed', '/']) {
      expect(await request(url)).toEqual({ passedOn: true });
    }
  });
});
