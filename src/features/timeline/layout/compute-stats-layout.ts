import { scaleBand, scaleLinear } from 'd3-scale';

/** One bar of a stacked bar chart: a label and a value per key. */
export type StackRow<K extends string> = { label: string } & Record<K, number>;

export type StackLayout<K extends string> = {
  width: number;
  height: number;
  /** x where bars start (after the label column), px. */
  barLeft: number;
  bars: {
    label: string;
    /** Row centre and bar thickness, px. */
    y: number;
    thickness: number;
    total: number;
    /** Right end of the whole bar, px. */
    end: number;
    segments: { key: K; x: number; width: number; value: number }[];
  }[];
  ticks: { x: number; label: string }[];
};

export type StackOptions = {
  width: number;
  /** Width of the label column, px. */
  labelWidth: number;
  /** Height of one row, px. */
  rowHeight?: number;
  /** Space under the bars for the axis labels, px. */
  axisHeight?: number;
};

/**
 * Horizontal stacked bars, one row per label, keys stacked left to right.
 * Leaves room right of the longest bar for its total.
 */
export function computeStackLayout<K extends string>(
  rows: readonly StackRow<K>[],
  keys: readonly K[],
  { width, labelWidth, rowHeight = 24, axisHeight = 22 }: StackOptions,
): StackLayout<K> {
  const height = rows.length * rowHeight + axisHeight;
  const totals = rows.map((r) => keys.reduce((sum, k) => sum + r[k], 0));
  const xScale = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice()
    .range([labelWidth, Math.max(labelWidth + 10, width - 36)]);
  const yScale = scaleBand<string>()
    .domain(rows.map((r) => r.label))
    .range([0, rows.length * rowHeight])
    .padding(0.2);
  return {
    width,
    height,
    barLeft: labelWidth,
    bars: rows.map((row, i) => {
      let at = 0;
      const segments = keys.map((key) => {
        const x = xScale(at);
        at += row[key];
        return { key, x, width: xScale(at) - x, value: row[key] };
      });
      return {
        label: row.label,
        y: (yScale(row.label) ?? 0) + yScale.bandwidth() / 2,
        thickness: yScale.bandwidth(),
        total: totals[i]!,
        end: xScale(totals[i]!),
        segments,
      };
    }),
    ticks: xScale
      .ticks(Math.max(2, Math.floor((width - labelWidth) / 70)))
      // Counts of moves: no tick at 0.5.
      .filter(Number.isInteger)
      .map((v) => ({ x: xScale(v), label: String(v) })),
  };
}

/** A median with its range, for one row and one series. */
export type RangeValue = { median: number; min: number; max: number } | null;

export type RangeLayout = {
  width: number;
  height: number;
  rows: {
    label: string;
    y: number;
    series: ({ x1: number; x2: number; xm: number; dy: number } | null)[];
  }[];
  ticks: { x: number; label: string }[];
};

/**
 * Median dots on min–max lines, one row per label and one offset line per
 * series (values in any unit, ticks labelled by `formatTick`).
 */
export function computeRangeLayout(
  rows: readonly { label: string; values: readonly RangeValue[] }[],
  {
    width,
    labelWidth,
    rowHeight = 30,
    axisHeight = 22,
    formatTick = String,
  }: StackOptions & { formatTick?: (v: number) => string },
): RangeLayout {
  const max = Math.max(
    1,
    ...rows.flatMap((r) => r.values.map((v) => v?.max ?? 0)),
  );
  const xScale = scaleLinear()
    .domain([0, max])
    .nice()
    .range([labelWidth, Math.max(labelWidth + 10, width - 16)]);
  const count = Math.max(1, ...rows.map((r) => r.values.length));
  const gap = (rowHeight * 0.5) / count;
  return {
    width,
    height: rows.length * rowHeight + axisHeight,
    rows: rows.map((row, i) => ({
      label: row.label,
      y: i * rowHeight + rowHeight / 2,
      series: row.values.map((v, s) =>
        v === null
          ? null
          : {
              x1: xScale(v.min),
              x2: xScale(v.max),
              xm: xScale(v.median),
              dy: (s - (count - 1) / 2) * gap,
            },
      ),
    })),
    ticks: xScale
      .ticks(Math.max(2, Math.floor((width - labelWidth) / 70)))
      .map((v) => ({ x: xScale(v), label: formatTick(v) })),
  };
}
