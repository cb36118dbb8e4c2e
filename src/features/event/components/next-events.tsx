import { useToday } from '@/hooks/use-render-context';
import { isPastEvent } from '@/lib/event-catalog';
import { formatDateRange } from '@/utils/format';

import type { CatalogEvent } from '@/lib/event-catalog';

export type NextEventsProps = { events: CatalogEvent[]; today?: string };

function when(event: CatalogEvent): string {
  if (event.startDate && event.endDate) {
    return formatDateRange(event.startDate, event.endDate);
  }
  return `${event.year}, dates not published`;
}

/** The events announced as coming next, with what is and is not known. */
export function NextEvents({ events, today: todayProp }: NextEventsProps) {
  const readerToday = useToday();
  const today = todayProp ?? readerToday;
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {events.map((event) => {
        const past = isPastEvent(event, today);
        return (
          <li
            key={event.id}
            className="rounded-xl border border-slate-200 p-5 dark:border-slate-800"
          >
            <h3 className="font-semibold">{event.shortName}</h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              {event.city ?? 'City not published'}
              {event.country ? `, ${event.country}` : ''}
            </p>
            <p className="mt-1 text-sm tabular-nums">{when(event)}</p>
            {past && (
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                Has taken place
              </p>
            )}
            {event.note && (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                {event.note}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
