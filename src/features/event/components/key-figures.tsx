import { formatDateRange, formatFigureValue } from '@/utils/format';

import type { EventOverview } from '../schemas';
import type { CatalogEvent } from '@/lib/event-catalog';

export type KeyFiguresProps = {
  event: CatalogEvent;
  figures: EventOverview['figures'];
};

const CARD =
  'rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900';

/** The event's headline numbers, place and dates. */
export function KeyFigures({ event, figures }: KeyFiguresProps) {
  const place = [event.city, event.region].filter(Boolean).join(', ');
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.id} className={CARD}>
          <dt className="text-sm text-slate-600 dark:text-slate-400">
            {figure.label}
          </dt>
          <dd className="mt-1 text-3xl font-bold tabular-nums">
            {formatFigureValue(figure)}
          </dd>
        </div>
      ))}
      <div className={CARD}>
        <dt className="text-sm text-slate-600 dark:text-slate-400">Where</dt>
        <dd className="mt-1 text-xl font-bold">{place || 'not published'}</dd>
      </div>
      <div className={CARD}>
        <dt className="text-sm text-slate-600 dark:text-slate-400">When</dt>
        <dd className="mt-1 text-xl font-bold">
          {event.startDate && event.endDate
            ? formatDateRange(event.startDate, event.endDate)
            : 'not published'}
        </dd>
      </div>
    </dl>
  );
}
