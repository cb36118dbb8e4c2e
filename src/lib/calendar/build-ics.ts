import { selectCalendarEvents } from './calendar-events';

import type { EventCatalog } from '../schemas/event-catalog';
import type { DatedEvent } from './calendar-events';

/** RFC 5545 wants lines of at most 75 octets, continued with CRLF + space. */
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds one content line without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward 75.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2024-11-15` → `20241115`. */
function icsDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** The day after an ISO date: all-day DTEND is exclusive. */
export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Stable across builds and hosts: the catalog id never changes. */
function eventUid(eventId: string): string {
  return `${eventId}@cncf-explorer`;
}

function location(event: DatedEvent): string | null {
  const parts = [event.city, event.region, event.country].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function description(event: DatedEvent): string {
  const lines = [event.note ?? ''];
  if (event.datesSource) {
    lines.push(`Dates: ${event.datesSource.title}.`);
    if (event.datesSource.note) lines.push(event.datesSource.note);
  }
  return lines.filter(Boolean).join('\n');
}

function vevent(
  event: DatedEvent,
  stamp: string,
  siteUrl: string,
  featured: boolean,
) {
  const place = location(event);
  const text = description(event);
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(event.id)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.startDate)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.endDate))}`,
    `SUMMARY:${escapeIcsText(event.name)}`,
    ...(place ? [`LOCATION:${escapeIcsText(place)}`] : []),
    ...(text ? [`DESCRIPTION:${escapeIcsText(text)}`] : []),
    ...(featured ? [`URL:${siteUrl}/`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file (RFC 5545) with the featured event and every other
 * catalog event whose first and last days are known, as all-day events.
 * Events without dates are left out (see `selectCalendarEvents`). DTSTAMP
 * is the catalog's review date, so the same data gives the same file.
 */
export function buildIcs(catalog: EventCatalog, siteUrl: string): string {
  const stamp = `${icsDate(catalog.updated)}T000000Z`;
  const { included } = selectCalendarEvents(catalog);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CNCF Explorer//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'NAME:KubeCon + CloudNativeCon events',
    'X-WR-CALNAME:KubeCon + CloudNativeCon events',
    ...included.flatMap((event) =>
      vevent(event, stamp, siteUrl, event.id === catalog.featured),
    ),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
