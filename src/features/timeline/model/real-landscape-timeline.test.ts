// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { statusOn } from '@/features/landscape/status-on';
import { readShippedLandscape } from '@/testing/shipped-landscape';

import { computeStatusSeries, countsOn, emptyCounts } from './status-series';
import { cncfProjects, extractMoves } from './timeline-moves';
import {
  movesByKind,
  movesPerYear,
  projectsPerCategory,
  promotionTimes,
} from './timeline-stats';

/*
 * The shipped data (public/data/v1/landscape, generated from the real file)
 * must give the figures an independent check gives. Expected figures for
 * the real landscape.yml (cncf/landscape at commit
 * 153d699, 2026-08-07), computed independently of the app: a throwaway
 * Python script read the file with PyYAML, walked landscape → categories →
 * subcategories → items, kept the 255 items with a `project` field, and for
 * each day took the latest of extra.accepted (sandbox), incubating,
 * graduated and archived on or before it; moves are the dated fields
 * counted one by one; durations are day differences with Python's
 * datetime.date, same-day steps left out.
 */
const ON_KUBECON_NA_2024 = {
  graduated: 29,
  incubating: 36,
  sandbox: 132,
  archived: 13,
};
const ON_DATA_DATE = {
  graduated: 38,
  incubating: 38,
  sandbox: 151,
  archived: 28,
};
const MOVES = { accepted: 255, incubating: 79, graduated: 38, archived: 28 };

describe('the timeline of the shipped landscape', () => {
  const landscape = readShippedLandscape().whole;
  const series = computeStatusSeries(landscape)!;
  const moves = extractMoves(landscape);

  it('runs from the first acceptance to the data’s date', () => {
    expect(series.start).toBe('2016-03-10');
    expect(series.end).toBe('2026-08-07');
  });

  it('counts what an independent check counts on the two key days', () => {
    expect(countsOn(series, '2024-11-12')).toEqual(ON_KUBECON_NA_2024);
    expect(countsOn(series, landscape.asOf)).toEqual(ON_DATA_DATE);
  });

  it('counts on every day what statusOn gives each project that day', () => {
    const { dated } = cncfProjects(landscape);
    for (const point of series.points) {
      const counts = emptyCounts();
      for (const item of dated) {
        const status = statusOn(item, point.date);
        if (status !== 'none') counts[status] += 1;
      }
      expect(point.counts, point.date).toEqual(counts);
    }
  });

  it('lists every move', () => {
    expect(moves).toHaveLength(400);
    for (const kind of Object.keys(MOVES) as (keyof typeof MOVES)[]) {
      expect(moves.filter((m) => m.kind === kind)).toHaveLength(MOVES[kind]);
    }
    // The chart's summary counts them without building the list.
    expect(movesByKind(landscape)).toEqual(MOVES);
  });

  it('has the independent check’s stats', () => {
    expect(movesPerYear(moves).find((r) => r.year === 2024)).toEqual({
      year: 2024,
      accepted: 28,
      incubating: 5,
      graduated: 6,
      archived: 8,
    });
    const y2018 = promotionTimes(landscape).find(
      (r) => r.acceptedYear === 2018,
    );
    expect(y2018).toEqual({
      acceptedYear: 2018,
      accepted: 18,
      toIncubating: { count: 11, medianDays: 527, minDays: 106, maxDays: 1273 },
      toGraduated: { count: 13, medianDays: 743, minDays: 579, maxDays: 2067 },
    });
    const categories = projectsPerCategory(landscape);
    expect(categories[0]).toEqual({
      category: 'Provisioning',
      graduated: 11,
      incubating: 8,
      sandbox: 40,
      archived: 6,
      total: 65,
    });
    expect(
      categories.find((c) => c.category === 'Observability and Analysis'),
    ).toMatchObject({ graduated: 4, incubating: 6, sandbox: 12, archived: 4 });
  });
});
