// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { movesCsv } from './timeline-csv';
import { TIMELINE_FIXTURE } from './timeline-fixture';
import { extractMoves } from './timeline-moves';
import {
  DEFAULT_TIMELINE_VIEW,
  filterMoves,
  groupByYear,
  parseTimelineView,
  writeTimelineView,
} from './timeline-view';

const moves = extractMoves(TIMELINE_FIXTURE);
const view = (over: Partial<typeof DEFAULT_TIMELINE_VIEW>) => ({
  ...DEFAULT_TIMELINE_VIEW,
  ...over,
});

describe('timeline URL state', () => {
  it('round-trips a view', () => {
    const v = view({
      kinds: ['graduated', 'archived'],
      category: 'Observability and Analysis',
      year: 2024,
      query: 'otel',
      at: '2024-11-12',
    });
    expect(parseTimelineView(writeTimelineView(v))).toEqual(v);
  });

  it('ignores malformed values', () => {
    const parsed = parseTimelineView(
      new URLSearchParams('move=promoted&year=20x4&at=2024-13-45&category='),
    );
    expect(parsed).toEqual(DEFAULT_TIMELINE_VIEW);
  });

  it('writes nothing for the default view', () => {
    expect(writeTimelineView(DEFAULT_TIMELINE_VIEW).toString()).toBe('');
  });
});

describe('filterMoves', () => {
  it('filters by kind, category and year', () => {
    const names = (v: typeof DEFAULT_TIMELINE_VIEW) =>
      filterMoves(moves, v).map((h) => `${h.move.name} ${h.move.kind}`);
    expect(names(view({ kinds: ['graduated'] }))).toEqual([
      'Prometheus graduated',
      'Flux graduated',
      'OpenTelemetry graduated',
    ]);
    expect(
      names(view({ category: 'App Definition and Development', year: 2021 })),
    ).toEqual(['Flux incubating']);
  });

  it('forgives typos and highlights the match', () => {
    const hits = filterMoves(moves, view({ query: 'promethues' }));
    expect(hits.map((h) => h.move.kind)).toEqual([
      'accepted',
      'incubating',
      'graduated',
    ]);
    expect(hits[0]!.highlights.name).toEqual([{ start: 0, end: 10 }]);
    expect(filterMoves(moves, view({ query: 'otel' }))).toHaveLength(3);
  });

  it('groups by year, oldest first', () => {
    const groups = groupByYear(filterMoves(moves, DEFAULT_TIMELINE_VIEW));
    expect(groups.map((g) => g.year)).toEqual([
      2016, 2018, 2019, 2021, 2022, 2023, 2024, 2026,
    ]);
    expect(groups.flatMap((g) => g.hits)).toHaveLength(moves.length);
  });
});

describe('movesCsv', () => {
  it('writes one row per move, quoting where needed', () => {
    const csv = movesCsv(
      [{ ...moves[0]!, name: 'A, "B"' }],
      (m) => `/landscape?date=${m.date}`,
    );
    expect(csv).toBe(
      'date,project,move,category,entered_at_incubating,url\r\n' +
        '2016-05-09,"A, ""B""",accepted,Observability and Analysis,no,/landscape?date=2016-05-09\r\n',
    );
  });
});
