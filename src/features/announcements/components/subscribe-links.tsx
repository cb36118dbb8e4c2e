import { FOCUS_RING } from '@/components/ui/focus-ring';
import { FEED_PATHS } from '@/config/paths';
import { cn } from '@/utils/cn';
import { formatDateRange } from '@/utils/format';

import type { CalendarSelection } from '@/lib/calendar/calendar-events';

export type SubscribeLinksProps = { calendar: CalendarSelection };

const LINK = cn(
  'font-medium text-accent-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-accent-300',
  FOCUS_RING,
);

/** Feeds and the calendar file, with what the calendar leaves out and why. */
export function SubscribeLinks({ calendar }: SubscribeLinksProps) {
  return (
    <section
      aria-labelledby="subscribe-heading"
      className="mt-10 rounded-xl border border-slate-200 p-5 text-sm dark:border-slate-800"
    >
      <h2 id="subscribe-heading" className="text-base font-semibold">
        Subscribe
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a
            className={LINK}
            href={FEED_PATHS.atom}
            type="application/atom+xml"
          >
            Atom feed
          </a>
        </li>
        <li>
          <a
            className={LINK}
            href={FEED_PATHS.json}
            type="application/feed+json"
          >
            JSON Feed
          </a>
        </li>
        <li>
          <a
            className={LINK}
            href={FEED_PATHS.calendar}
            type="text/calendar"
            download
          >
            Calendar (.ics)
          </a>
        </li>
      </ul>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The calendar holds{' '}
        {calendar.included
          .map(
            (e) =>
              `${e.shortName} (${formatDateRange(e.startDate, e.endDate)})`,
          )
          .join(', ') || 'no events'}
        .
      </p>
      {calendar.omitted.length > 0 && (
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Left out because our sources give no dates:{' '}
          {calendar.omitted.map((e) => e.shortName).join(', ')}.
        </p>
      )}
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        The source dates only a few announcements; feed entries without a date
        say so rather than guess one.
      </p>
    </section>
  );
}
