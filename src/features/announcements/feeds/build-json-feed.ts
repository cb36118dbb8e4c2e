import { FEED_PATHS } from '@/config/paths';

import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';
import {
  entryDates,
  entryHtml,
  entryId,
  entryText,
  FEED_AUTHOR,
  feedDescription,
  feedTitle,
  permalink,
} from './feed-entry';

import type { FeedInput } from './feed-entry';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the announcements. */
export function buildJsonFeed({ siteUrl, catalog, event, list }: FeedInput) {
  const feed = {
    version: JSON_FEED_VERSION,
    title: feedTitle(event),
    home_page_url: `${siteUrl}/announcements`,
    feed_url: siteUrl + FEED_PATHS.json,
    description: feedDescription(event),
    language: 'en',
    authors: [{ name: FEED_AUTHOR, url: `${siteUrl}/` }],
    items: list.announcements.map((a) => {
      const { published, updated } = entryDates(a, catalog);
      return {
        id: entryId(event.id, a.id),
        url: permalink(siteUrl, a.id),
        title: a.title,
        summary: a.summary,
        content_html: entryHtml(a, event),
        content_text: entryText(a, event),
        ...(published ? { date_published: published } : {}),
        date_modified: updated,
        tags: [
          ANNOUNCEMENT_KIND_LABELS[a.kind],
          ...new Set([...a.organizations, ...a.projects]),
        ],
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
