import { FEED_PATHS } from '@/config/paths';
import { escapeMarkup } from '@/utils/escape-markup';

import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';
import {
  entryDates,
  entryHtml,
  entryId,
  FEED_AUTHOR,
  feedDescription,
  feedId,
  feedTitle,
  isoDateTime,
  permalink,
} from './feed-entry';

import type { FeedInput } from './feed-entry';

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeMarkup(text)}</${name}>`;
}

/** An Atom 1.0 feed (RFC 4287) of the event's announcements, in data order. */
export function buildAtomFeed({ siteUrl, catalog, event, list }: FeedInput) {
  const entries = list.announcements.map((a) => {
    const { published, updated } = entryDates(a, catalog);
    return [
      '  <entry>',
      `    ${element('id', entryId(event.id, a.id))}`,
      `    ${element('title', a.title, ' type="text"')}`,
      `    <link rel="alternate" type="text/html" href="${escapeMarkup(permalink(siteUrl, a.id))}"/>`,
      `    ${element('updated', updated)}`,
      ...(published ? [`    ${element('published', published)}`] : []),
      `    <category term="${escapeMarkup(a.kind)}" label="${escapeMarkup(ANNOUNCEMENT_KIND_LABELS[a.kind])}"/>`,
      `    ${element('summary', a.summary, ' type="text"')}`,
      `    ${element('content', entryHtml(a, event), ' type="html"')}`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${element('id', feedId(event.id))}`,
    `  ${element('title', feedTitle(event), ' type="text"')}`,
    `  ${element('subtitle', feedDescription(event), ' type="text"')}`,
    `  ${element('updated', isoDateTime(catalog.updated))}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(siteUrl + FEED_PATHS.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(`${siteUrl}/announcements`)}"/>`,
    `  <author>${element('name', FEED_AUTHOR)}</author>`,
    `  ${element('generator', FEED_AUTHOR)}`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
