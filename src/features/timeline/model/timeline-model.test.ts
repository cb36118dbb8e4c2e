// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { testItem } from '@/testing/landscape-item';

import { computeStatusSeries, countsOn } from './status-series';
import { TIMELINE_FIXTURE } from './timeline-fixture';
import { cncfProjects, extractMoves } from './timeline-moves';
import {
  daysBetween,
  median,
  movesPerYear,
  projectsPerCategory,
  promotionTimes,
} from './timeline-stats';

describe('extractMoves', () => {
  const moves = extractMoves(TIMELINE_FIXTURE);

  it('lists every dated step once, oldest first', () => {
    expect(moves).toHaveLength(13);
    expect(moves.map((m) => m.date)).toEqual(
      moves.map((m) => m.date).toSorted(),
    );
    expect(moves[0]).toMatchObject({ name: 'Prometheus', kind: 'accepted' });
    expect(moves[1]).toMatchObject({
      name: 'Prometheus',
      kind: 'incubating',
      enteredAtIncubating: true,
    });
    expect(moves.at(-1)).toMatchObject({
      name: 'OpenTelemetry',
      kind: 'graduated',
      date: '2026-05-11',
    });
  });

  it('leaves out items that are no CNCF project', () => {
    expect(moves.some((m) => m.name === 'Some Product')).toBe(false);
  });
});

describe('cncfProjects', () => {
  it('keeps CNCF projects without dates apart', () => {
    const { dated, undated } = cncfProjects({
      ...TIMELINE_FIXTURE,
      items: [...TIMELINE_FIXTURE.items, testItem('Undated', 'sandbox', {})],
    });
    expect(dated).toHaveLength(5);
    expect(undated.map((i) => i.name)).toEqual(['Undated']);
  });
});

describe('computeStatusSeries', () => {
  const series = computeStatusSeries(TIMELINE_FIXTURE)!;

  it('runs from the first move to the data’s date', () => {
    expect(series.start).toBe('2016-05-09');
    expect(series.end).toBe('2026-08-07');
  });

  it('counts each level on any day', () => {
    expect(countsOn(series, '2016-05-08')).toEqual({
      graduated: 0,
      incubating: 0,
      sandbox: 0,
      archived: 0,
    });
    expect(countsOn(series, '2016-05-09')).toMatchObject({ incubating: 1 });
    expect(countsOn(series, '2024-11-12')).toEqual({
      graduated: 2,
      incubating: 1,
      sandbox: 1,
      archived: 1,
    });
    expect(countsOn(series, '2026-08-07')).toEqual({
      graduated: 3,
      incubating: 0,
      sandbox: 1,
      archived: 1,
    });
  });

  it('follows statusOn for dates out of order', () => {
    // Graduated before incubating, and an archived date before acceptance:
    // statusOn ranks the levels, so the counts must too.
    const odd = {
      ...TIMELINE_FIXTURE,
      items: [
        testItem('Odd', 'graduated', {
          accepted: '2020-01-01',
          incubating: '2022-01-01',
          graduated: '2021-01-01',
        }),
        testItem('Early archive', 'archived', {
          accepted: '2020-06-01',
          archived: '2019-06-01',
        }),
      ],
    };
    const oddSeries = computeStatusSeries(odd)!;
    expect(oddSeries.points.map((p) => [p.date, p.counts])).toEqual([
      ['2019-06-01', { graduated: 0, incubating: 0, sandbox: 0, archived: 1 }],
      ['2020-01-01', { graduated: 0, incubating: 0, sandbox: 1, archived: 1 }],
      ['2020-06-01', { graduated: 0, incubating: 0, sandbox: 1, archived: 1 }],
      ['2021-01-01', { graduated: 1, incubating: 0, sandbox: 0, archived: 1 }],
      ['2022-01-01', { graduated: 1, incubating: 0, sandbox: 0, archived: 1 }],
    ]);
  });

  it('is null when no project carries a date', () => {
    expect(
      computeStatusSeries({
        ...TIMELINE_FIXTURE,
        items: [testItem('Undated', 'sandbox', {})],
      }),
    ).toBeNull();
  });
});

describe('stats', () => {
  it('counts moves per year, gaps included', () => {
    const rows = movesPerYear(extractMoves(TIMELINE_FIXTURE));
    expect(rows.map((r) => r.year)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(rows[0]).toEqual({
      year: 2016,
      accepted: 1,
      incubating: 1,
      graduated: 0,
      archived: 0,
    });
    expect(rows[1]).toMatchObject({ accepted: 0, incubating: 0 });
  });

  it('summarises time to each promotion by year of acceptance', () => {
    const rows = promotionTimes(TIMELINE_FIXTURE);
    const y2019 = rows.find((r) => r.acceptedYear === 2019)!;
    expect(y2019.accepted).toBe(2);
    const otel = daysBetween('2019-05-07', '2021-08-26');
    const flux = daysBetween('2019-07-15', '2021-03-11');
    expect(y2019.toIncubating).toEqual({
      count: 2,
      medianDays: (otel + flux) / 2,
      minDays: Math.min(otel, flux),
      maxDays: Math.max(otel, flux),
    });
    // Prometheus entered at incubating: no time in the sandbox to count.
    expect(rows.find((r) => r.acceptedYear === 2016)!.toIncubating.count).toBe(
      0,
    );
  });

  it('counts projects per category by status, largest first', () => {
    expect(projectsPerCategory(TIMELINE_FIXTURE)).toEqual([
      {
        category: 'Observability and Analysis',
        graduated: 2,
        incubating: 0,
        sandbox: 1,
        archived: 1,
        total: 4,
      },
      {
        category: 'App Definition and Development',
        graduated: 1,
        incubating: 0,
        sandbox: 0,
        archived: 0,
        total: 1,
      },
    ]);
  });

  it('takes the median of odd and even sets', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
