import { formatNumber } from '@/utils/format';

import { formatDuration } from './timeline-text';

import type {
  CategoryStatus,
  DurationSummary,
  PromotionTimes,
  YearMoves,
} from '../model/timeline-stats';

const TH =
  'border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-700';
const TD = 'border-b border-slate-200 px-2 py-1 dark:border-slate-800';

type StatsTableProps<R> = {
  /** Read by screen readers; the section's heading shows it to everyone. */
  caption: string;
  columns: readonly string[];
  rows: readonly R[];
  /** A row's header (unique: it keys the row), then its other cells in order. */
  cells: (row: R) => readonly [string | number, ...React.ReactNode[]];
  /** Row headers in normal weight (long names, e.g. categories). */
  plainRowHeads?: boolean;
  /** The last column in bold (a total). */
  boldLast?: boolean;
};

/** One stat's figures: a header row, then a row header and cells per row. */
function StatsTable<R>(props: StatsTableProps<R>) {
  const { columns, boldLast } = props;
  const head = props.plainRowHeads ? `${TD} font-normal` : TD;
  return (
    <table className="w-full text-left text-sm tabular-nums">
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr>
          {columns.map((h) => (
            <th key={h} scope="col" className={TH}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => {
          const [key, ...cells] = props.cells(r);
          return (
            <tr key={key}>
              <th scope="row" className={head}>
                {key}
              </th>
              {cells.map((cell, i) => (
                <td
                  key={columns[i + 1]}
                  className={
                    boldLast && i === cells.length - 1
                      ? `${TD} font-semibold`
                      : TD
                  }
                >
                  {cell}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function MovesPerYearTable({ rows }: { rows: readonly YearMoves[] }) {
  return (
    <StatsTable
      caption="Moves per year by kind"
      columns={['Year', 'Accepted', 'Incubating', 'Graduated', 'Archived']}
      rows={rows}
      cells={(r) => [r.year, r.accepted, r.incubating, r.graduated, r.archived]}
    />
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
    <StatsTable
      caption="Median and range of years to each promotion, by year of acceptance"
      columns={[
        'Accepted in',
        'Projects',
        'To incubating: median (range)',
        'To graduated: median (range)',
      ]}
      rows={rows}
      cells={(r) => [
        r.acceptedYear,
        formatNumber(r.accepted),
        <DurationCell key="i" summary={r.toIncubating} />,
        <DurationCell key="g" summary={r.toGraduated} />,
      ]}
    />
  );
}

export function CategoryTable({ rows }: { rows: readonly CategoryStatus[] }) {
  return (
    <StatsTable
      caption="CNCF projects per category by status"
      columns={[
        'Category',
        'Graduated',
        'Incubating',
        'Sandbox',
        'Archived',
        'Total',
      ]}
      rows={rows}
      cells={(r) => [
        r.category,
        r.graduated,
        r.incubating,
        r.sandbox,
        r.archived,
        r.total,
      ]}
      plainRowHeads
      boldLast
    />
  );
}
