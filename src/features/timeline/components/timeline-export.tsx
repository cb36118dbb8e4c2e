import {
  patternId,
  STATUS_COLORS,
  chartPalette,
} from '@/components/status/status-style';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { formatDate } from '@/utils/format';

import {
  STACK_ORDER,
  computeTimelineLayout,
} from '../layout/compute-timeline-layout';
import { TimelineMarks } from './timeline-marks';
import { EXPORT_HEIGHT, EXPORT_WIDTH } from './timeline-text';

import type { TimelineEvent } from '../layout/compute-timeline-layout';
import type { StatusSeries } from '../model/status-series';

const HEADER = 84; // px above the chart: title, dates, legend
const FOOTER = 30; // px below: source

export type TimelineExportProps = {
  series: StatusSeries;
  events: readonly TimelineEvent[];
  title: string;
  /** Where the data comes from, shown at the bottom. */
  source: string;
  theme: 'light' | 'dark';
};

/** The chart as a standalone picture: title, date range, legend, source. */
export function TimelineExport({
  series,
  events,
  title,
  source,
  theme,
}: TimelineExportProps) {
  const palette = chartPalette(theme);
  const layout = computeTimelineLayout(series, events, {
    width: EXPORT_WIDTH,
    height: EXPORT_HEIGHT - HEADER - FOOTER,
    fontSize: 13,
  });
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={EXPORT_WIDTH}
      height={EXPORT_HEIGHT}
      viewBox={`0 0 ${EXPORT_WIDTH} ${EXPORT_HEIGHT}`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
    >
      <title>{title}</title>
      <rect width="100%" height="100%" fill={palette.background} />
      <text x={24} y={34} fontSize={22} fontWeight={700} fill={palette.text}>
        {title}
      </text>
      <text x={24} y={56} fontSize={14} fill={palette.muted}>
        {`CNCF projects at each maturity level, ${formatDate(series.start)} to ${formatDate(series.end)}`}
      </text>
      {STACK_ORDER.map((status, i) => {
        const id = patternId('export', status);
        const x = 24 + i * 130;
        return (
          <g key={status} transform={`translate(${x} 66)`}>
            <rect width={14} height={14} fill={STATUS_COLORS[status]} />
            {id && <rect width={14} height={14} fill={`url(#${id})`} />}
            <text x={20} y={12} fontSize={13} fill={palette.text}>
              {STATUS_LABELS[status]}
            </text>
          </g>
        );
      })}
      <g transform={`translate(0 ${HEADER})`}>
        <TimelineMarks layout={layout} palette={palette} prefix="export" />
      </g>
      <text x={24} y={EXPORT_HEIGHT - 10} fontSize={12} fill={palette.muted}>
        {source}
      </text>
    </svg>
  );
}
