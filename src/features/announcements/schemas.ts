import * as z from 'zod/mini';

import {
  IsoDateSchema,
  LinkSchema,
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

export const AnnouncementPersonSchema = z.object({
  name: TextSchema,
  organization: z.nullable(z.string()),
  role: z.nullable(z.string()),
});

export const AnnouncementSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a slug')),
  kind: z.enum(ANNOUNCEMENT_KINDS),
  title: TextSchema,
  summary: TextSchema,
  details: z.array(TextSchema),
  organizations: z.array(TextSchema),
  projects: z.array(TextSchema),
  people: z.array(AnnouncementPersonSchema),
  figures: z.array(FigureSchema),
  /** Day it was announced; `null` where the source gives none. */
  date: z.nullable(IsoDateSchema),
  /** What the source says about timing when it gives no date. */
  timing: z.nullable(z.string()),
  /** Slug of the matching item on /landscape, where it has one. */
  landscapeItem: z.nullable(z.string()),
  links: z.array(LinkSchema),
});
export type Announcement = z.infer<typeof AnnouncementSchema>;

export const AnnouncementListSchema = z.object({
  schemaVersion: SchemaVersionSchema,
  eventId: TextSchema,
  sources: z.array(SourceSchema),
  announcements: z.array(AnnouncementSchema),
});
export type AnnouncementList = z.infer<typeof AnnouncementListSchema>;
