import { Link } from 'react-router';

import { ExpandableText } from '@/components/ui/expandable-text';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { HighlightText } from '@/components/ui/highlight-text';
import { paths } from '@/config/paths';
import { cn } from '@/utils/cn';
import { formatDate, formatFigure } from '@/utils/format';

import { namesOf } from '../filter-announcements';
import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';

import type { Announcement } from '../schemas';
import type { Highlights } from '@/lib/search/search-fields';

export type AnnouncementCardProps = {
  announcement: Announcement;
  /** Search matches to mark, keyed as in `announcementFields`. */
  highlights?: Highlights;
};

/** The first detail line the search matched, when title and summary did not. */
function matchedDetail(announcement: Announcement, highlights: Highlights) {
  if (highlights.title || highlights.summary) return null;
  const index = announcement.details.findIndex(
    (_, i) => highlights[`details.${i}`],
  );
  const text = announcement.details[index];
  return text === undefined
    ? null
    : { text, ranges: highlights[`details.${index}`] };
}

export function AnnouncementCard({
  announcement,
  highlights = {},
}: AnnouncementCardProps) {
  const names = namesOf(announcement);
  const detail = matchedDetail(announcement, highlights);
  return (
    <article className="focus-within:ring-accent-600 dark:focus-within:ring-accent-300 relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm focus-within:ring-2 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="text-accent-700 dark:text-accent-300 text-xs font-semibold tracking-wide uppercase">
          {ANNOUNCEMENT_KIND_LABELS[announcement.kind]}
        </p>
        {announcement.date && (
          <p className="text-xs text-slate-600 tabular-nums dark:text-slate-400">
            <time dateTime={announcement.date}>
              {formatDate(announcement.date)}
            </time>
          </p>
        )}
      </div>
      <h2 className="mt-1 text-lg leading-snug font-semibold [overflow-wrap:anywhere]">
        <Link
          to={paths.announcement(announcement.id)}
          className={cn(
            'rounded-sm after:absolute after:inset-0 after:rounded-xl hover:underline',
            FOCUS_RING,
          )}
        >
          <HighlightText text={announcement.title} ranges={highlights.title} />
        </Link>
      </h2>
      {names.length > 0 && (
        <ul
          aria-label="Organisations and projects"
          className="mt-2 flex flex-wrap gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400"
        >
          {names.map((name, i) => (
            <li
              key={name}
              className="after:ml-2 after:content-['·'] last:after:content-none"
            >
              <HighlightText text={name} ranges={highlights[`names.${i}`]} />
            </li>
          ))}
        </ul>
      )}
      <ExpandableText
        text={announcement.summary}
        className="mt-3 flex-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300"
      >
        <HighlightText
          text={announcement.summary}
          ranges={highlights.summary}
        />
      </ExpandableText>
      {detail && (
        <p className="mt-2 border-l-2 border-slate-300 pl-3 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
          <span className="sr-only">Matched in the details: </span>
          <HighlightText text={detail.text} ranges={detail.ranges} />
        </p>
      )}
      {announcement.figures.length > 0 && (
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="Key figures">
          {announcement.figures.map((figure) => (
            <li
              key={figure.label}
              className="border-accent-100 bg-accent-50 rounded-md border px-2 py-1 text-sm tabular-nums dark:border-slate-700 dark:bg-slate-800"
            >
              <span className="font-semibold text-slate-900 dark:text-slate-50">
                {formatFigure(figure)}
              </span>
              <span className="sr-only">: {figure.label}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4 text-xs text-slate-600 dark:text-slate-400">
        Source: {announcement.sources.join(' · ')}
      </p>
    </article>
  );
}
