import { Link } from 'react-router';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { paths } from '@/config/paths';
import { cn } from '@/utils/cn';

import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';

import type { RelatedAnnouncement } from '../find-related';

export type RelatedAnnouncementsProps = { related: RelatedAnnouncement[] };

/** Announcements about the same projects or organisations. */
export function RelatedAnnouncements({ related }: RelatedAnnouncementsProps) {
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="text-lg font-semibold">
        Related announcements
      </h2>
      {related.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          No other announcement shares a project or organisation with this one.
        </p>
      ) : (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {related.map(({ announcement, shared }) => (
            <li
              key={announcement.id}
              className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            >
              <p className="text-accent-700 dark:text-accent-300 text-xs font-semibold tracking-wide uppercase">
                {ANNOUNCEMENT_KIND_LABELS[announcement.kind]}
              </p>
              <Link
                to={paths.announcement(announcement.id)}
                className={cn(
                  'mt-1 block font-semibold hover:underline',
                  FOCUS_RING,
                )}
              >
                {announcement.title}
              </Link>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                Also about {shared.join(', ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
