import { Link } from 'react-router';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { paths } from '@/config/paths';
import { cn } from '@/utils/cn';
import { formatDate, formatFigure } from '@/utils/format';

import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';

import type { Announcement } from '../schemas';

export type AnnouncementCardProps = { announcement: Announcement };

export function AnnouncementCard({ announcement }: AnnouncementCardProps) {
  const names = [...announcement.organizations, ...announcement.projects];
  return (
    <article className="focus-within:ring-accent-600 relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm focus-within:ring-2 dark:border-slate-800 dark:bg-slate-900">
      <p className="text-accent-700 dark:text-accent-300 text-xs font-semibold tracking-wide uppercase">
        {ANNOUNCEMENT_KIND_LABELS[announcement.kind]}
      </p>
      <h2 className="mt-1 text-lg font-semibold">
        <Link
          to={paths.announcement(announcement.id)}
          className={cn(
            'after:absolute after:inset-0 hover:underline',
            FOCUS_RING,
          )}
        >
          {announcement.title}
        </Link>
      </h2>
      {names.length > 0 && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {names.join(' · ')}
        </p>
      )}
      <p className="mt-3 flex-1 text-slate-700 dark:text-slate-300">
        {announcement.summary}
      </p>
      {announcement.figures.length > 0 && (
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="Key figures">
          {announcement.figures.map((figure) => (
            <li
              key={figure.label}
              title={figure.label}
              className="tabular rounded-md bg-slate-100 px-2 py-1 text-sm font-semibold dark:bg-slate-800"
            >
              {formatFigure(figure)}
            </li>
          ))}
        </ul>
      )}
      {announcement.date && (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          <time dateTime={announcement.date}>
            {formatDate(announcement.date)}
          </time>
        </p>
      )}
    </article>
  );
}
