import { formatNumber } from '@/utils/format';

import { formatDuration } from './timeline-text';

import type {
  CategoryStatus,
  DurationSummary,
  PromotionTimes,
  YearMoves,
} from '../model/timeline-stats';

const TABLE = 'w-full text-left text-sm tabular-nums';
const TH =
  'border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-700';
const TD = 'border-b border-slate-200 px-2 py-1 dark:border-slate-800';

export function MovesPerYearTable({ rows }: { rows: readonly YearMoves[] }) {
  return (
    <table className={TABLE}>
      <caption className="sr-only">Moves per year by kind</caption>
      <thead>
        <tr>
          {['Year', 'Accepted', 'Incubating', 'Graduated', 'Archived'].map(
            (h) => (
              <th key={h} scope="col" className={TH}>
                {h}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.year}>
            <th scope="row" className={TD}>
              {r.year}
            </th>
            <td className={TD}>{r.accepted}</td>
            <td className={TD}>{r.incubating}</td>
            <td className={TD}>{r.graduated}</td>
            <td className={TD}>{r.archived}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DurationCell({ summary }: { summary: DurationSummary }) {
  if (summary.count === 0) {
    return <span className="text-slate-600 dark:text-slate-400">none</span>;
  }
  return (
    <>
      {formatDuration(summary)}{' '}
      <span className="text-slate-600 dark:text-slate-400">
        ({summary.count} {summary.count === 1 ? 'project' : 'projects'})
      </span>
    </>
  );
}

export function PromotionTimesTable({
  rows,
}: {
  rows: readonly PromotionTimes[];
}) {
  return (
    <table className={TABLE}>
      <caption className="sr-only">
        Median and range of years to each promotion, by year of acceptance
      </caption>
      <thead>
        <tr>
          <th scope="col" className={TH}>
            Accepted in
          </th>
          <th scope="col" className={TH}>
            Projects
          </th>
          <th scope="col" className={TH}>
            To incubating: median (range)
          </th>
          <th scope="col" className={TH}>
            To graduated: median (range)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.acceptedYear}>
            <th scope="row" className={TD}>
              {r.acceptedYear}
            </th>
            <td className={TD}>{formatNumber(r.accepted)}</td>
            <td className={TD}>
              <DurationCell summary={r.toIncubating} />
            </td>
            <td className={TD}>
              <DurationCell summary={r.toGraduated} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CategoryTable({ rows }: { rows: readonly CategoryStatus[] }) {
  return (
    <table className={TABLE}>
      <caption className="sr-only">
        CNCF projects per category by status
      </caption>
      <thead>
        <tr>
          {[
            'Category',
            'Graduated',
            'Incubating',
            'Sandbox',
            'Archived',
            'Total',
          ].map((h) => (
            <th key={h} scope="col" className={TH}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.category}>
            <th scope="row" className={`${TD} font-normal`}>
              {r.category}
            </th>
            <td className={TD}>{r.graduated}</td>
            <td className={TD}>{r.incubating}</td>
            <td className={TD}>{r.sandbox}</td>
            <td className={TD}>{r.archived}</td>
            <td className={`${TD} font-semibold`}>{r.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
