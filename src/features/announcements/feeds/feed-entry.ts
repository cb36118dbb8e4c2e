import { escapeMarkup } from '@/utils/escape-markup';
import { formatDate, formatDateRange, formatFigure } from '@/utils/format';

import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';

import type { Announcement, AnnouncementList } from '../schemas';
import type { CatalogEvent, EventCatalog } from '@/lib/schemas/event-catalog';

/** Everything a feed is built from: the shipped data, already validated. */
export type FeedInput = {
  /** Absolute site origin without a trailing slash: `https://example.org`. */
  siteUrl: string;
  catalog: EventCatalog;
  event: CatalogEvent;
  list: AnnouncementList;
};

export const FEED_AUTHOR = 'CNCF Explorer';

/**
 * Stable entry id (RFC 4151 tag URI). It does not contain the site URL, so
 * moving the site does not make readers see every entry again.
 */
export function entryId(eventId: string, announcementId: string): string {
  return `tag:cncf-explorer,2024:${eventId}/announcements/${announcementId}`;
}

export function feedId(eventId: string): string {
  return `tag:cncf-explorer,2024:${eventId}/announcements`;
}

export function permalink(siteUrl: string, announcementId: string): string {
  return `${siteUrl}/announcements/${encodeURIComponent(announcementId)}`;
}

/** `2024-11-15` → `2024-11-15T00:00:00Z` (RFC 3339, as both feeds need). */
export function isoDateTime(date: string): string {
  return `${date}T00:00:00Z`;
}

/**
 * Date policy (see README "Feeds and calendar"): an entry is `published`
 * only on the date the source gives. Every entry's `updated` is the date
 * the data was last reviewed (the catalog's `updated`), which is when the
 * entry's text last changed, never a guessed announcement date.
 */
export function entryDates(announcement: Announcement, catalog: EventCatalog) {
  const updated =
    announcement.date && announcement.date > catalog.updated
      ? announcement.date
      : catalog.updated;
  return {
    published: announcement.date ? isoDateTime(announcement.date) : null,
    updated: isoDateTime(updated),
  };
}

/** The sentence that says when, or that the source does not say. */
function whenText(announcement: Announcement, event: CatalogEvent) {
  const where =
    event.startDate && event.endDate
      ? `${event.name} (${formatDateRange(event.startDate, event.endDate)})`
      : event.name;
  const when = announcement.date
    ? `Announced on ${formatDate(announcement.date)} at ${where}.`
    : `Reported from ${where}. The source gives no date for this announcement.`;
  return announcement.timing ? `${when} ${announcement.timing}` : when;
}

function names(a: Announcement): string {
  return [...new Set([...a.organizations, ...a.projects])].join(', ');
}

/** The entry's body as HTML (every data string escaped). */
export function entryHtml(a: Announcement, event: CatalogEvent): string {
  const parts = [
    `<p><strong>${escapeMarkup(ANNOUNCEMENT_KIND_LABELS[a.kind])}</strong>${names(a) ? ` · ${escapeMarkup(names(a))}` : ''}</p>`,
    `<p>${escapeMarkup(a.summary)}</p>`,
  ];
  if (a.figures.length > 0) {
    const items = a.figures.map(
      (f) =>
        `<li><strong>${escapeMarkup(formatFigure(f))}</strong>: ${escapeMarkup(f.label)}</li>`,
    );
    parts.push(`<p>Key figures:</p><ul>${items.join('')}</ul>`);
  }
  if (a.details.length > 0) {
    const items = a.details.map((d) => `<li>${escapeMarkup(d)}</li>`);
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  parts.push(`<p><em>${escapeMarkup(whenText(a, event))}</em></p>`);
  return parts.join('\n');
}

/** The entry's body as plain text. */
export function entryText(a: Announcement, event: CatalogEvent): string {
  const lines = [
    `${ANNOUNCEMENT_KIND_LABELS[a.kind]}${names(a) ? ` · ${names(a)}` : ''}`,
    '',
    a.summary,
  ];
  if (a.figures.length > 0) {
    lines.push('', 'Key figures:');
    for (const f of a.figures) lines.push(`- ${formatFigure(f)}: ${f.label}`);
  }
  if (a.details.length > 0) {
    lines.push('');
    for (const d of a.details) lines.push(`- ${d}`);
  }
  lines.push('', whenText(a, event));
  return lines.join('\n');
}

export function feedTitle(event: CatalogEvent): string {
  return `Announcements at ${event.shortName} · ${FEED_AUTHOR}`;
}

export function feedDescription(event: CatalogEvent): string {
  return `What was announced at ${event.name}, restated from the week's coverage.`;
}
