import { StatusSwatch } from '@/components/status/status-patterns';
import { STATUS_ORDER } from '@/components/status/status-style';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { formatNumber } from '@/utils/format';

import { noStatusLabel } from '../maturity';
import { ImportProblemList } from './import-problem-list';

import type { ImportReport } from '@/features/landscape/import/import-types';

export type ImportSummaryProps = {
  report: ImportReport;
  /** Time from handing the file to the worker to its answer (`null`: not timed). */
  milliseconds: number | null;
};

/** What an import found: counts that add up, and every problem. */
export function ImportSummary({ report, milliseconds }: ImportSummaryProps) {
  const counts: [string, number][] = [
    ['Items read', report.itemsRead],
    ['Items shown', report.itemsShown],
    ['Items rejected', report.itemsRejected],
    ['Categories', report.categories],
    ['Subcategories', report.subcategories],
  ];
  const reasons = report.rejected.flatMap((item) => item.reasons);
  return (
    <div className="space-y-4" aria-label="Import summary" role="region">
      <dl className="grid w-fit grid-cols-[auto_auto] gap-x-6 gap-y-1 tabular-nums sm:grid-cols-[auto_auto_auto_auto] sm:gap-x-8">
        {counts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-700 dark:text-slate-300">{label}</dt>
            <dd className="text-right font-semibold sm:text-left">
              {formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="font-semibold">Shown items by status</h3>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1 tabular-nums">
          {STATUS_ORDER.filter((s) => s !== 'none').map((status) => (
            <li key={status} className="flex items-center gap-2">
              <StatusSwatch status={status} className="size-3" />
              {STATUS_LABELS[status]}: {formatNumber(report.byStatus[status])}
            </li>
          ))}
          {report.byMaturity.map((m) => (
            <li key={m.label} className="flex items-center gap-2">
              <StatusSwatch status="none" className="size-3" />
              {m.label}: {formatNumber(m.items)}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <StatusSwatch status="none" className="size-3" />
            {noStatusLabel(!report.foreign)}:{' '}
            {formatNumber(report.byStatus.none)}
          </li>
        </ul>
      </div>
      {report.withSecondPath > 0 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {report.withSecondPath === 1
            ? '1 item also names a second place (second_path); it is shown once, in its own subcategory.'
            : `${formatNumber(report.withSecondPath)} items also name a second place (second_path); each is shown once, in its own subcategory.`}
        </p>
      )}
      <ImportProblemList
        title="Rejected items"
        problems={reasons}
        count={report.itemsRejected}
      />
      <ImportProblemList
        title="Warnings and other problems"
        problems={report.problems}
      />
      {milliseconds !== null && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Read in {formatNumber(Math.round(milliseconds))} ms, in your browser;
          nothing was uploaded.
        </p>
      )}
    </div>
  );
}
