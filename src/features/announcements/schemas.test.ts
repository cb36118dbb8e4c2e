/** @vitest-environment node */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { formatIssues } from '@/lib/format-issues';
import { announcementsFixture as announcementList } from '@/testing/mocks/fixtures/event-data';

import { AnnouncementListSchema, sourcesOf } from './schemas';

describe('announcement sources', () => {
  it('resolves the sources an announcement names', () => {
    const upcoming = announcementList.announcements.find(
      (a) => a.id === 'upcoming-events',
    );
    expect(upcoming).toBeDefined();
    const titles = sourcesOf(upcoming!, announcementList.sources).map(
      (s) => `${s.kind}: ${s.title}`,
    );
    expect(titles).toEqual([
      'article: KubeCon 2024: A Final Wrap-Up',
      'schedule: Public event schedule',
    ]);
  });

  it('refuses a source title the file does not list, naming where', () => {
    const broken = structuredClone(announcementList);
    broken.announcements[2]!.sources = ['A blog nobody cites'];
    const result = v.safeParse(AnnouncementListSchema, broken);
    expect(result.success).toBe(false);
    expect(formatIssues(result.issues ?? []).join('\n')).toContain(
      'announcements[2]: names the source "A blog nobody cites", which is not in the file\'s sources',
    );
  });

  it('refuses an announcement with no source', () => {
    const broken = structuredClone(announcementList);
    broken.announcements[0]!.sources = [];
    expect(v.safeParse(AnnouncementListSchema, broken).success).toBe(false);
  });
});
