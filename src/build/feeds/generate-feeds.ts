import path from 'node:path';

import { FEED_PATHS } from '@/config/paths';
import { buildAtomFeed } from '@/features/announcements/feeds/build-atom-feed';
import { buildJsonFeed } from '@/features/announcements/feeds/build-json-feed';
import { AnnouncementListSchema } from '@/features/announcements/schemas';
import { buildIcs } from '@/lib/calendar/build-ics';
import { readData } from '@/lib/read-data';
import { EventCatalogSchema, featuredEvent } from '@/lib/schemas/event-catalog';
import { resolveSiteUrl } from '@/utils/url';

export type GeneratedFile = {
  /** Public path, such as `/announcements/feed.xml`. */
  urlPath: string;
  contentType: string;
  source: string;
};

/**
 * Reads the shipped data (`<publicDir>/data/v1`), validates it with the
 * app's schemas and renders the two feeds and the calendar.
 */
export async function generateFeeds(options: {
  publicDir: string;
  siteUrl: string | undefined;
}): Promise<GeneratedFile[]> {
  const siteUrl = resolveSiteUrl(options.siteUrl);
  const dataDir = path.join(options.publicDir, 'data');
  const catalog = await readData(dataDir, 'v1/events.json', EventCatalogSchema);
  const event = featuredEvent(catalog);
  const list = await readData(
    dataDir,
    `v1/events/${event.id}/announcements.json`,
    AnnouncementListSchema,
  );
  const input = { siteUrl, catalog, event, list };
  return [
    {
      urlPath: FEED_PATHS.atom,
      contentType: 'application/atom+xml; charset=utf-8',
      source: buildAtomFeed(input),
    },
    {
      urlPath: FEED_PATHS.json,
      contentType: 'application/feed+json; charset=utf-8',
      source: buildJsonFeed(input),
    },
    {
      urlPath: FEED_PATHS.calendar,
      contentType: 'text/calendar; charset=utf-8',
      source: buildIcs(catalog, siteUrl),
    },
  ];
}
