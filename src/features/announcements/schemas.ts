import * as v from 'valibot';

import {
  IsoDateSchema,
  LinkSchema,
  NameSchema,
  SchemaVersionSchema,
  SourceSchema,
  TextSchema,
} from '@/lib/schemas/common';
import { FigureSchema } from '@/lib/schemas/figure';

import type { Source } from '@/lib/schemas/common';

export const ANNOUNCEMENT_KINDS = [
  'product',
  'project-release',
  'project-maturity',
  'partnership',
  'certification',
  'community-milestone',
  'foundation-direction',
  'event',
] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

export const ANNOUNCEMENT_KIND_LABELS: Record<AnnouncementKind, string> = {
  product: 'Product',
  'project-release': 'Project release',
  'project-maturity': 'Project maturity',
  partnership: 'Partnership',
  certification: 'Certification',
  'community-milestone': 'Community milestone',
  'foundation-direction': 'Foundation direction',
  event: 'Event',
};

const AnnouncementPersonSchema = v.object({
  name: NameSchema,
  organization: v.nullable(v.string()),
  role: v.nullable(v.string()),
});

const AnnouncementSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  kind: v.picklist(ANNOUNCEMENT_KINDS),
  title: TextSchema,
  summary: TextSchema,
  details: v.array(TextSchema),
  organizations: v.array(NameSchema),
  projects: v.array(TextSchema),
  people: v.array(AnnouncementPersonSchema),
  figures: v.array(FigureSchema),
  /** Day it was announced; `null` where the source gives none. */
  date: v.nullable(IsoDateSchema),
  /** What the source says about timing when it gives no date. */
  timing: v.nullable(v.string()),
  /** Slug of the matching item on /landscape, where it has one. */
  landscapeItem: v.nullable(v.string()),
  links: v.array(LinkSchema),
  /** Titles of the file's `sources` this announcement comes from. */
  sources: v.pipe(
    v.array(TextSchema),
    v.minLength(1, 'expected at least one source title'),
  ),
});
export type Announcement = v.InferOutput<typeof AnnouncementSchema>;

export const AnnouncementListSchema = v.pipe(
  v.object({
    schemaVersion: SchemaVersionSchema,
    eventId: TextSchema,
    sources: v.array(SourceSchema),
    announcements: v.array(AnnouncementSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const titles = new Set(dataset.value.sources.map((s) => s.title));
    dataset.value.announcements.forEach((a, index) => {
      const missing = a.sources.find((title) => !titles.has(title));
      if (missing === undefined) return;
      addIssue({
        message: `names the source "${missing}", which is not in the file's sources`,
        path: [
          {
            type: 'object',
            origin: 'value',
            input: dataset.value,
            key: 'announcements',
            value: dataset.value.announcements,
          },
          {
            type: 'array',
            origin: 'value',
            input: dataset.value.announcements,
            key: index,
            value: a,
          },
        ],
      });
    });
  }),
);
export type AnnouncementList = v.InferOutput<typeof AnnouncementListSchema>;

/** The file's sources an announcement names, in the order it names them. */
export function sourcesOf(
  announcement: Announcement,
  sources: Source[],
): Source[] {
  return announcement.sources.flatMap(
    (title) => sources.find((s) => s.title === title) ?? [],
  );
}
