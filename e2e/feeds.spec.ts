import ICAL from 'ical.js';

import { expect, test } from './support/fixtures';

/** The build's VITE_SITE_URL (the e2e build uses the default). */
const SITE = (process.env.VITE_SITE_URL ?? 'http://127.0.0.1:4173').replace(
  /\/+$/,
  '',
);

test('the page head advertises the feeds and the calendar', async ({
  page,
}) => {
  await page.goto('/announcements');
  const alternates = await page
    .locator('head link[rel="alternate"]')
    .evaluateAll((links) =>
      links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]),
    );
  expect(alternates).toEqual([
    ['application/atom+xml', '/announcements/feed.xml'],
    ['application/feed+json', '/announcements/feed.json'],
    ['text/calendar', '/events.ics'],
  ]);
  await expect(page.getByRole('region', { name: 'Subscribe' })).toContainText(
    'Left out because our sources give no dates: KubeCon Japan 2025, KubeCon NA 2026.',
  );
});

test('the Atom feed parses and lists every announcement', async ({
  page,
  request,
}) => {
  const response = await request.get('/announcements/feed.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  await page.goto('/announcements');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      updated:
        doc.documentElement.querySelector(':scope > updated')?.textContent,
      entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((entry) => ({
        id: entry.querySelector('id')?.textContent,
        link: entry.querySelector('link')?.getAttribute('href'),
        updated: entry.querySelector('updated')?.textContent,
      })),
    };
  }, xml);
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe('feed');
  expect(parsed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  expect(parsed.entries).toHaveLength(8);
  expect(parsed.entries[2]).toEqual({
    id: 'tag:cncf-explorer,2024:kubecon-na-2024/announcements/flatcar-incubating',
    link: `${SITE}/announcements/flatcar-incubating`,
    updated: expect.stringMatching(/T00:00:00Z$/),
  });
});

test('the JSON Feed parses with its required fields', async ({ request }) => {
  const response = await request.get('/announcements/feed.json');
  expect(response.ok()).toBe(true);
  const feed = JSON.parse(await response.text());
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(typeof feed.title).toBe('string');
  expect(feed.feed_url).toBe(`${SITE}/announcements/feed.json`);
  expect(feed.items).toHaveLength(8);
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string');
    expect(item.url).toMatch(new RegExp(`^${SITE}/announcements/[a-z0-9-]+$`));
    expect(typeof item.content_html).toBe('string');
  }
});

test('the calendar parses and holds only events with known dates', async ({
  request,
}) => {
  const response = await request.get('/events.ics');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  expect(
    events.map((e) => [
      e.uid,
      e.startDate.toString(),
      e.endDate.toString(),
      e.startDate.isDate,
    ]),
  ).toEqual([
    ['kubecon-na-2024@cncf-explorer', '2024-11-12', '2024-11-16', true],
    ['kubecon-na-2025@cncf-explorer', '2025-11-10', '2025-11-14', true],
  ]);
});
