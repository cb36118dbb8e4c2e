import { useMemo } from 'react';

import { Button } from '@/components/ui/button';
import { download } from '@/lib/export-image';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';

import {
  computeRangeLayout,
  computeStackLayout,
} from '../layout/compute-stats-layout';
import { STACK_ORDER } from '../layout/compute-timeline-layout';
import {
  movesPerYearCsv,
  projectsPerCategoryCsv,
  promotionTimesCsv,
} from '../model/timeline-csv';
import { MOVE_KINDS, MOVE_LABELS, MOVE_STATUS } from '../model/timeline-moves';
import { ChartKey } from './chart-key';
import { RangeChart } from './range-chart';
import { StackChart } from './stack-chart';
import {
  CategoryTable,
  MovesPerYearTable,
  PromotionTimesTable,
} from './stats-tables';
import { DAYS_PER_YEAR } from './timeline-text';

import type {
  CategoryStatus,
  PromotionTimes,
  YearMoves,
} from '../model/timeline-stats';
import type { ChartKeyEntry } from './chart-key';

export type TimelineStats = {
  perYear: YearMoves[];
  promotions: PromotionTimes[];
  categories: CategoryStatus[];
};

export type TimelineStatsSectionProps = {
  stats: TimelineStats;
  width: number;
  /** File name stem of the CSV downloads. */
  fileStem: string;
};

function csvButton(label: string, csv: () => string, fileName: string) {
  return (
    <Button
      variant="secondary"
      size="sm"
      onClick={() =>
        download(
          new Blob([csv()], { type: 'text/csv;charset=utf-8' }),
          fileName,
        )
      }
    >
      {label}
    </Button>
  );
}

function Stat(props: {
  id: string;
  title: string;
  note: string;
  /** The chart's key, drawn above it. */
  keyEntries: readonly ChartKeyEntry[];
  chart: React.ReactNode;
  table: React.ReactNode;
  download: React.ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={props.id} className="text-lg font-semibold">
          {props.title}
        </h3>
        {props.download}
      </div>
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {props.note}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="overflow-x-auto">
          <ChartKey label="Key" entries={props.keyEntries} />
          {props.chart}
        </div>
        <div className="overflow-x-auto">{props.table}</div>
      </div>
    </section>
  );
}

/** Moves per year, time to promotion and projects per category: chart, table, CSV. */
export function TimelineStatsSection({
  stats,
  width,
  fileStem,
}: TimelineStatsSectionProps) {
  const chartWidth = Math.max(280, width >= 1024 ? (width - 16) / 2 : width);
  const perYear = useMemo(
    () =>
      computeStackLayout(
        stats.perYear.map((r) => ({ ...r, label: String(r.year) })),
        MOVE_KINDS,
        { width: chartWidth, labelWidth: 44, rowHeight: 22 },
      ),
    [stats.perYear, chartWidth],
  );
  const promotions = useMemo(
    () =>
      computeRangeLayout(
        stats.promotions.map((r) => ({
          label: String(r.acceptedYear),
          values: [r.toIncubating, r.toGraduated].map((s) =>
            s.medianDays === null || s.minDays === null || s.maxDays === null
              ? null
              : {
                  median: s.medianDays / DAYS_PER_YEAR,
                  min: s.minDays / DAYS_PER_YEAR,
                  max: s.maxDays / DAYS_PER_YEAR,
                },
          ),
        })),
        {
          width: chartWidth,
          labelWidth: 44,
          formatTick: (y) => `${y} y`,
        },
      ),
    [stats.promotions, chartWidth],
  );
  const categories = useMemo(
    () =>
      computeStackLayout(
        stats.categories.map((r) => ({ ...r, label: r.category })),
        STACK_ORDER,
        {
          width: chartWidth,
          labelWidth: Math.min(230, chartWidth * 0.45),
          rowHeight: 24,
        },
      ),
    [stats.categories, chartWidth],
  );
  return (
    <div className="space-y-10">
      <Stat
        id="stat-moves-per-year"
        title="Moves per year"
        note="Each bar is one calendar year: projects accepted (sandbox colour), moved to incubating, graduated and archived."
        keyEntries={MOVE_KINDS.map((k) => ({
          status: MOVE_STATUS[k],
          label: MOVE_LABELS[k],
        }))}
        chart={
          <StackChart
            layout={perYear}
            statusOf={(k) => MOVE_STATUS[k]}
            prefix="stat-year"
            label="Moves per year by kind; the figures are in the table."
          />
        }
        table={<MovesPerYearTable rows={stats.perYear} />}
        download={csvButton(
          'Moves per year (CSV)',
          () => movesPerYearCsv(stats.perYear),
          `${fileStem}-moves-per-year.csv`,
        )}
      />
      <Stat
        id="stat-promotions"
        title="Time to promotion"
        note="By year of acceptance: the median (dot) and range (line) of years from acceptance to incubating (round dot, incubating colour) and from incubating to graduation (square, graduated colour). Projects accepted straight into incubation spent no time in the sandbox and are not counted in the first."
        keyEntries={[
          {
            status: 'incubating',
            label: 'Acceptance to incubating',
            marker: 'dot',
          },
          {
            status: 'graduated',
            label: 'Incubating to graduated',
            marker: 'square',
          },
        ]}
        chart={
          <RangeChart
            layout={promotions}
            seriesStatus={['incubating', 'graduated']}
            label="Median and range of years to incubating and to graduation, by year of acceptance; the figures are in the table."
          />
        }
        table={<PromotionTimesTable rows={stats.promotions} />}
        download={csvButton(
          'Time to promotion (CSV)',
          () => promotionTimesCsv(stats.promotions),
          `${fileStem}-time-to-promotion.csv`,
        )}
      />
      <Stat
        id="stat-categories"
        title="CNCF projects per category"
        note="Every CNCF project by its status on the data’s date, per landscape category."
        keyEntries={STACK_ORDER.map((s) => ({
          status: s,
          label: STATUS_LABELS[s],
        }))}
        chart={
          <StackChart
            layout={categories}
            statusOf={(s) => s}
            prefix="stat-category"
            label="CNCF projects per category by status; the figures are in the table."
          />
        }
        table={<CategoryTable rows={stats.categories} />}
        download={csvButton(
          'Projects per category (CSV)',
          () => projectsPerCategoryCsv(stats.categories),
          `${fileStem}-projects-per-category.csv`,
        )}
      />
    </div>
  );
}
