import { useDeferredValue, useMemo } from 'react';

import { mark, measure } from '@/config/instrument';

import { computeStatusSeries } from '../model/status-series';
import { cncfProjects, extractMoves } from '../model/timeline-moves';
import {
  movesByKind,
  movesPerYear,
  projectsPerCategory,
  promotionTimes,
} from '../model/timeline-stats';
import { TIMELINE_MARKS } from '../timeline-perf-marks';

import type { Landscape } from '@/features/landscape/schemas';

/** What the chart and its summary need: cheap, computed first. */
function computeChartModel(landscape: Landscape) {
  mark(TIMELINE_MARKS.modelStart);
  const model = {
    projects: cncfProjects(landscape),
    series: computeStatusSeries(landscape),
    byKind: movesByKind(landscape),
  };
  measure(TIMELINE_MARKS.model, TIMELINE_MARKS.modelStart);
  return model;
}

/** The moves and the stats: only the deferred render needs them. */
function computeListModel(landscape: Landscape) {
  mark(TIMELINE_MARKS.listModelStart);
  const moves = extractMoves(landscape);
  const perYear = movesPerYear(moves);
  const model = {
    moves,
    categories: [...new Set(moves.map((m) => m.category))].sort(),
    years: perYear.map((r) => r.year),
    stats: {
      perYear,
      promotions: promotionTimes(landscape),
      categories: projectsPerCategory(landscape),
    },
  };
  measure(TIMELINE_MARKS.listModel, TIMELINE_MARKS.listModelStart);
  return model;
}

/**
 * The timeline's model in two parts. The chart's part (the status series
 * and the move totals) is ready in the first render; the moves and stats
 * (about 30 ms for the shipped data) are computed in a deferred render,
 * after the chart is painted, and are `null` until then.
 */
export function useTimelineModel(landscape: Landscape) {
  const chart = useMemo(() => computeChartModel(landscape), [landscape]);
  // The first render shows the chart; the rest follows in a background render.
  const showAll = useDeferredValue(true, false);
  const list = useMemo(
    () => (showAll ? computeListModel(landscape) : null),
    [showAll, landscape],
  );
  return { ...chart, list };
}
