// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import {
  announcementsFixture,
  catalogFixture,
} from '@/testing/mocks/fixtures/event-data';

import { buildAtomFeed } from './build-atom-feed';
import { buildJsonFeed, JSON_FEED_VERSION } from './build-json-feed';

import type { FeedInput } from './feed-entry';

const SITE = 'https://explorer.example.org';
const event = catalogFixture.events.find(
  (e) => e.id === catalogFixture.featured,
)!;
const input: FeedInput = {
  siteUrl: SITE,
  catalog: catalogFixture,
  event,
  list: announcementsFixture,
};
const ids = announcementsFixture.announcements.map((a) => a.id);

describe('Atom feed', () => {
  const doc = new DOMParser().parseFromString(
    buildAtomFeed(input),
    'application/xml',
  );
  const ATOM = 'http://www.w3.org/2005/Atom';
  const child = (el: Element, name: string) =>
    [...el.children].filter((c) => c.localName === name);

  it('is well-formed Atom with the required feed elements', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const feed = doc.documentElement;
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    for (const name of ['id', 'title', 'updated', 'author']) {
      expect(child(feed, name), name).toHaveLength(1);
    }
    expect(child(feed, 'updated')[0]?.textContent).toBe(
      `${catalogFixture.updated}T00:00:00Z`,
    );
    const self = child(feed, 'link').find(
      (l) => l.getAttribute('rel') === 'self',
    );
    expect(self?.getAttribute('href')).toBe(`${SITE}/announcements/feed.xml`);
  });

  it('has one entry per announcement with a stable id and its permalink', () => {
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    expect(entries).toHaveLength(ids.length);
    entries.forEach((entry, i) => {
      for (const name of ['id', 'title', 'updated', 'content']) {
        expect(child(entry, name), `${ids[i]} ${name}`).toHaveLength(1);
      }
      expect(child(entry, 'id')[0]?.textContent).toBe(
        `tag:cncf-explorer,2024:kubecon-na-2024/announcements/${ids[i]}`,
      );
      expect(child(entry, 'link')[0]?.getAttribute('href')).toBe(
        `${SITE}/announcements/${ids[i]}`,
      );
    });
  });

  it('gives `published` only where the source dates an announcement', () => {
    const entries = [...doc.getElementsByTagNameNS(ATOM, 'entry')];
    const published = entries.flatMap((e) =>
      child(e, 'published').map((p) => p.textContent),
    );
    expect(published).toEqual(['2024-11-15T00:00:00Z']);
    const flatcar = entries[ids.indexOf('flatcar-incubating')]!;
    const html = child(flatcar, 'content')[0]!.textContent ?? '';
    expect(html).toContain('20,000+ nodes');
    expect(html).toContain('The source gives no date for this announcement.');
  });

  it('escapes data text', () => {
    const tricky = structuredClone(announcementsFixture);
    tricky.announcements[0]!.title = 'A <b>bold</b> & "quoted" title';
    const xml = buildAtomFeed({ ...input, list: tricky });
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagNameNS(ATOM, 'b')).toHaveLength(0);
    expect(
      parsed.getElementsByTagNameNS(ATOM, 'entry')[0]?.querySelector('title')
        ?.textContent,
    ).toBe('A <b>bold</b> & "quoted" title');
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(buildJsonFeed(input)) as {
    version: string;
    title: string;
    feed_url: string;
    home_page_url: string;
    items: Record<string, unknown>[];
  };

  it('has the required top-level fields', () => {
    expect(feed.version).toBe(JSON_FEED_VERSION);
    expect(feed.title).toEqual(expect.any(String));
    expect(feed.feed_url).toBe(`${SITE}/announcements/feed.json`);
    expect(feed.home_page_url).toBe(`${SITE}/announcements`);
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('lists every announcement with id, url and content', () => {
    expect(feed.items.map((item) => item.url)).toEqual(
      ids.map((id) => `${SITE}/announcements/${id}`),
    );
    for (const item of feed.items) {
      expect(item.id).toEqual(expect.stringMatching(/^tag:cncf-explorer,/));
      expect(item.content_html).toEqual(expect.any(String));
      expect(item.content_text).toEqual(expect.any(String));
      expect(item.date_modified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });

  it('never invents a publication date', () => {
    const dated = feed.items.filter((item) => 'date_published' in item);
    expect(dated.map((item) => item.url)).toEqual([
      `${SITE}/announcements/new-certifications`,
    ]);
  });
});
