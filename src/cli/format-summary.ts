import { STATUS_ORDER } from '@/components/status/status-style';
import { formatProblem } from '@/features/landscape/import/format-problem';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { formatNumber as fmt } from '@/utils/format';

import type { ImportReport } from '@/features/landscape/import/import-types';

/** The import summary as plain text lines, for the terminal. */
export function formatSummary(report: ImportReport, asOf: string): string[] {
  const scope = report.category
    ? `category "${report.category}"`
    : 'all categories';
  const rows: [string, number][] = [
    ['Categories', report.categories],
    ['Subcategories', report.subcategories],
    ['Items read', report.itemsRead],
    ['Items shown', report.itemsShown],
    ['Items rejected', report.itemsRejected],
  ];
  const lines = [
    `${report.fileName}: ${scope} (statuses as of ${asOf})`,
    ...rows.map(([label, n]) => `  ${label.padEnd(16)}${fmt(n).padStart(7)}`),
    '  Shown items by status:',
    ...STATUS_ORDER.filter((s) => s !== 'none').map(
      (s) =>
        `    ${STATUS_LABELS[s].padEnd(20)}${fmt(report.byStatus[s]).padStart(7)}`,
    ),
    ...report.byMaturity.map(
      (m) => `    ${m.label.padEnd(20)}${fmt(m.items).padStart(7)}`,
    ),
    `    ${STATUS_LABELS.none.padEnd(20)}${fmt(report.byStatus.none).padStart(7)}`,
  ];
  if (report.withSecondPath > 0) {
    lines.push(
      report.withSecondPath === 1
        ? '  1 shown item also names a second_path; it is shown once, in its own subcategory.'
        : `  ${fmt(report.withSecondPath)} shown items also name a second_path; each is shown once, in its own subcategory.`,
    );
  }
  lines.push('', `Rejected items (${fmt(report.itemsRejected)}):`);
  for (const item of report.rejected) {
    for (const reason of item.reasons) lines.push(`  ${formatProblem(reason)}`);
  }
  if (report.rejected.length === 0) lines.push('  none');
  const problems = report.problems;
  lines.push('', `Warnings and other problems (${fmt(problems.length)}):`);
  for (const problem of problems) {
    const tag = problem.severity === 'error' ? 'error: ' : '';
    lines.push(`  ${tag}${formatProblem(problem)}`);
  }
  if (problems.length === 0) lines.push('  none');
  return lines;
}
