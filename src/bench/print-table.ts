import { summarize } from './stats';

import type { BenchRow } from './bench-types';

function figure(value: number, unit: BenchRow['unit']): string {
  // Frame times sit near 16.7 ms (60 Hz): a decimal tells 16.7 from 17.
  const digits = { KB: 1, MB: 2, ms: value < 100 ? 1 : 0 }[unit];
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${unit}`;
}

/** The cells of one row: measurement, median, min–max (and p95), runs. */
function cells(row: BenchRow): string[] {
  const name = `${row.group}: ${row.name}`;
  if (row.skipped || row.samples.length === 0) {
    return [name, 'not measured', row.skipped ?? 'no samples', '0'];
  }
  const s = summarize(row.samples);
  const range = `${figure(s.min, row.unit)} – ${figure(s.max, row.unit)}`;
  const p95 = row.p95 ? ` (p95 ${figure(s.p95, row.unit)})` : '';
  return [name, figure(s.median, row.unit), range + p95, String(s.count)];
}

const HEADINGS = ['Measurement', 'Median', 'Min – max', 'Runs'];

/**
 * One Markdown table (readable in a terminal, pasteable into README):
 * each figure is the median with its min–max over the runs.
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const table = [HEADINGS, ...rows.map(cells)];
  const widths = HEADINGS.map((_, col) =>
    Math.max(...table.map((line) => (line[col] ?? '').length)),
  );
  const render = (line: string[]) =>
    `| ${line.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const notes = rows
    .filter((row) => row.note)
    .map((row) => `- ${row.group}: ${row.name}: ${row.note}`);
  return [
    render(HEADINGS),
    rule,
    ...table.slice(1).map(render),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
