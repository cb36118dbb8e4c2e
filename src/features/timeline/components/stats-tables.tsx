import { formatNumber } from '@/utils/format';

import { CATEGORY_COLUMNS, YEAR_MOVES_COLUMNS } from '../model/timeline-csv';
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
  /** A row's header cell (unique: it keys the row). */
  head: (row: R) => string | number;
  /** The other columns' cells, in order. */
  cells: (row: R) => readonly React.ReactNode[];
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
          const cells = props.cells(r);
          return (
            <tr key={props.head(r)}>
              <th scope="row" className={head}>
                {props.head(r)}
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

const capitalise = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

export function MovesPerYearTable({ rows }: { rows: readonly YearMoves[] }) {
  const [head, ...rest] = YEAR_MOVES_COLUMNS;
  return (
    <StatsTable
      caption="Moves per year by kind"
      columns={YEAR_MOVES_COLUMNS.map(capitalise)}
      rows={rows}
      head={(r) => r[head]}
      cells={(r) => rest.map((k) => r[k])}
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
      head={(r) => r.acceptedYear}
      cells={(r) => [
        formatNumber(r.accepted),
        <DurationCell key="i" summary={r.toIncubating} />,
        <DurationCell key="g" summary={r.toGraduated} />,
      ]}
    />
  );
}

export function CategoryTable({ rows }: { rows: readonly CategoryStatus[] }) {
  const [head, ...rest] = CATEGORY_COLUMNS;
  return (
    <StatsTable
      caption="CNCF projects per category by status"
      columns={CATEGORY_COLUMNS.map(capitalise)}
      rows={rows}
      head={(r) => r[head]}
      cells={(r) => rest.map((k) => r[k])}
      plainRowHeads
      boldLast
    />
  );
}
