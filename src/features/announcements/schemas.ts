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

export const AnnouncementPersonSchema = v.object({
  name: NameSchema,
  organization: v.nullable(v.string()),
  role: v.nullable(v.string()),
});

export const AnnouncementSchema = v.object({
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
});
export type Announcement = v.InferOutput<typeof AnnouncementSchema>;

export const AnnouncementListSchema = v.object({
  schemaVersion: SchemaVersionSchema,
  eventId: TextSchema,
  sources: v.array(SourceSchema),
  announcements: v.array(AnnouncementSchema),
});
export type AnnouncementList = v.InferOutput<typeof AnnouncementListSchema>;
