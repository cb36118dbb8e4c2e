// @vitest-environment node
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import { catalogFixture } from '@/testing/mocks/fixtures/event-data';

import { buildIcs, escapeIcsText, foldLine, nextDay } from './build-ics';
import { selectCalendarEvents } from './calendar-events';

const SITE = 'https://explorer.example.org';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent));
}

describe('selectCalendarEvents', () => {
  it('puts the featured event first and leaves out undated events', () => {
    const { included, omitted } = selectCalendarEvents(catalogFixture);
    expect(included.map((e) => e.id)).toEqual([
      'kubecon-na-2024',
      'kubecon-na-2025',
    ]);
    expect(omitted.map((e) => e.id)).toEqual([
      'kubecon-japan-2025',
      'kubecon-na-2026',
    ]);
  });
});

describe('buildIcs', () => {
  const text = buildIcs(catalogFixture, SITE);
  const events = parse(text);

  it('parses, with the dated events as all-day events', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'kubecon-na-2024@cncf-explorer',
      'kubecon-na-2025@cncf-explorer',
    ]);
    const [salt, atlanta] = events;
    expect(salt!.startDate.isDate).toBe(true);
    expect(salt!.startDate.toString()).toBe('2024-11-12');
    // DTEND is exclusive: the last day is the 15th.
    expect(salt!.endDate.toString()).toBe('2024-11-16');
    expect(salt!.location).toBe('Salt Lake City, Utah, United States');
    expect(atlanta!.startDate.toString()).toBe('2025-11-10');
    expect(atlanta!.endDate.toString()).toBe('2025-11-14');
  });

  it('uses CRLF and lines of at most 75 octets', () => {
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(text).toContain('DTSTART;VALUE=DATE:20241112\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20241116\r\n');
  });

  it('is the same file for the same data', () => {
    expect(buildIcs(catalogFixture, SITE)).toBe(text);
  });

  it('escapes text and folds long lines without breaking characters', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(
      `DESCRIPTION:${'é'.repeat(60)}`,
    );
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });
});
