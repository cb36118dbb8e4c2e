import { StatusSwatch } from '@/components/status/status-patterns';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { formatDate, formatNumber } from '@/utils/format';

import { STACK_ORDER } from '../layout/compute-timeline-layout';
import { countsOn, countsTotal } from '../model/status-series';

import type { TimelineEvent } from '../layout/compute-timeline-layout';
import type { StatusCounts, StatusSeries } from '../model/status-series';
import type { MoveKind } from '../model/timeline-moves';

function countsText(c: StatusCounts): string {
  return `${formatNumber(c.graduated)} graduated, ${formatNumber(c.incubating)} incubating, ${formatNumber(c.sandbox)} in the sandbox and ${formatNumber(c.archived)} archived`;
}

export type TimelineSummaryProps = {
  series: StatusSeries;
  byKind: Record<MoveKind, number>;
  events: readonly TimelineEvent[];
  /** Who accepts the projects: `the CNCF` (default), or another foundation. */
  owner?: string;
};

/** The chart in words: the span, the totals, and the counts at each event and at the end. */
export function TimelineSummary({
  series,
  byKind,
  events,
  owner = 'the CNCF',
}: TimelineSummaryProps) {
  const end = countsOn(series, series.end);
  return (
    <p className="max-w-3xl text-slate-700 dark:text-slate-300">
      From {formatDate(series.start)} to {formatDate(series.end)} {owner}{' '}
      accepted {formatNumber(byKind.accepted)} projects of this landscape;{' '}
      {formatNumber(byKind.incubating)} moved to incubating,{' '}
      {formatNumber(byKind.graduated)} graduated and{' '}
      {formatNumber(byKind.archived)} were archived.{' '}
      {events.map((e) => (
        <span key={e.id}>
          On {formatDate(e.start)}, at {e.label}, there were{' '}
          {countsText(countsOn(series, e.start))}.{' '}
        </span>
      ))}
      On {formatDate(series.end)}: {countsText(end)} (
      {formatNumber(countsTotal(end))} in all).
    </p>
  );
}

/** The counts on the day read out, as the chart's legend. */
export function TimelineReadout({
  date,
  counts,
}: {
  date: string;
  counts: StatusCounts;
}) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-5 gap-y-1 text-sm">
      <span className="text-base font-semibold tabular-nums">
        {formatDate(date)}
      </span>
      <ul
        aria-label="CNCF projects on this day"
        className="flex flex-wrap gap-x-4 gap-y-1"
      >
        {STACK_ORDER.map((s) => (
          <li key={s} className="flex items-center gap-1.5 tabular-nums">
            <StatusSwatch status={s} />
            {STATUS_LABELS[s]} <strong>{formatNumber(counts[s])}</strong>
          </li>
        ))}
        <li className="tabular-nums">
          In all <strong>{formatNumber(countsTotal(counts))}</strong>
        </li>
      </ul>
    </div>
  );
}

/** The chart's table equivalent: the counts on each day one changed. */
export function SeriesTable({ series }: { series: StatusSeries }) {
  const TH =
    'border-b border-slate-300 px-2 py-1 text-left dark:border-slate-700';
  const TD = 'border-b border-slate-200 px-2 py-1 dark:border-slate-800';
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-medium">
        The chart as a table: counts on each of the{' '}
        {formatNumber(series.points.length)} days a count changed
      </summary>
      <div className="mt-2 max-h-96 overflow-auto">
        <table className="w-full text-sm tabular-nums">
          <caption className="sr-only">
            CNCF projects at each level, on each day a count changed
          </caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>
                Day
              </th>
              {STACK_ORDER.map((s) => (
                <th key={s} scope="col" className={TH}>
                  {STATUS_LABELS[s]}
                </th>
              ))}
              <th scope="col" className={TH}>
                In all
              </th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.date}>
                <th scope="row" className={`${TD} text-left font-normal`}>
                  <time dateTime={p.date}>{formatDate(p.date)}</time>
                </th>
                {STACK_ORDER.map((s) => (
                  <td key={s} className={TD}>
                    {p.counts[s]}
                  </td>
                ))}
                <td className={TD}>{countsTotal(p.counts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
