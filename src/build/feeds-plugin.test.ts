import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { requestThroughDevServer } from '@/testing/dev-middleware';

import { feedsPlugin } from './feeds-plugin';

import type { ResolvedConfig } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PUBLIC_DIR = path.join(ROOT, 'public');

/** One request through the plugin's middleware, as `vite` and `vite --mode mock` install it. */
function request(url: string) {
  const plugin = feedsPlugin();
  const config = {
    publicDir: PUBLIC_DIR,
    env: {},
  } as unknown as ResolvedConfig;
  (plugin.configResolved as (c: ResolvedConfig) => void)(config);
  return requestThroughDevServer(plugin, url);
}

// The dev server (`npm run dev`, `npm run dev:mock`) answers the feed paths
// the build writes as files (those are checked in e2e/feeds.spec.ts).
describe('feedsPlugin on the dev server', () => {
  it('serves the Atom feed, the JSON Feed and the calendar', async () => {
    const atom = await request('/announcements/feed.xml?x=1');
    expect(atom.contentType).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');

    const json = await request('/announcements/feed.json');
    expect(json.contentType).toContain('json');
    expect(JSON.parse(json.body ?? '').items).toHaveLength(8);

    const ics = await request('/events.ics');
    expect(ics.contentType).toContain('text/calendar');
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('leaves every other path to the rest of the server', async () => {
    expect(await request('/announcements')).toEqual({ passedOn: true });
    expect(await request('/feed.xml')).toEqual({ passedOn: true });
  });
});
