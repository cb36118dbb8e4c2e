import { describe, expect, it } from 'vitest';

import {
  computeTimelineLayout,
  placeEventLabels,
} from './compute-timeline-layout';

/** Label width at 10 px with the layout's 0.6 em per character. */
const width = (label: string) => label.length * 10 * 0.6;

describe('placeEventLabels', () => {
  it('starts a label at its marker when it clears the next marker', () => {
    const [a] = placeEventLabels(
      [
        { x: 100, label: 'KubeCon EU' },
        { x: 400, label: 'KubeCon NA' },
      ],
      10,
      1000,
    );
    expect(a).toEqual({ lane: 0, labelX: 100, anchor: 'start' });
  });

  it('ends a label at its marker rather than crossing the next marker', () => {
    // Markers a year apart near the right edge, as on the shipped timeline:
    // starting at 880 the first label would run across the marker at 950.
    const labels = placeEventLabels(
      [
        { x: 880, label: 'KubeCon NA 2024' },
        { x: 950, label: 'KubeCon NA 2025' },
      ],
      10,
      1000,
    );
    expect(labels.map((l) => l.anchor)).toEqual(['end', 'end']);
    // Ended at their markers they still overlap, so they take two rows.
    expect(880 - width('KubeCon NA 2024')).toBeLessThan(950);
    expect(labels.map((l) => l.lane)).toEqual([0, 1]);
  });

  it('ends a label at its marker when it would run past the right edge', () => {
    const [a] = placeEventLabels([{ x: 990, label: 'Event' }], 10, 1000);
    expect(a?.anchor).toBe('end');
  });

  it('keeps labels in one row when they clear each other', () => {
    const labels = placeEventLabels(
      [
        { x: 0, label: 'A' },
        { x: 100, label: 'B' },
        { x: 200, label: 'C' },
      ],
      10,
      1000,
    );
    expect(labels.map((l) => l.lane)).toEqual([0, 0, 0]);
    expect(labels.map((l) => l.anchor)).toEqual(['start', 'start', 'start']);
  });
});

describe('computeTimelineLayout on a small landscape', () => {
  it('puts count ticks on whole projects only', () => {
    // Another foundation's file with two dated projects.
    const counts = (graduated: number, sandbox: number) => ({
      graduated,
      incubating: 0,
      sandbox,
      archived: 0,
    });
    const layout = computeTimelineLayout(
      {
        start: '2019-03-01',
        end: '2026-12-01',
        points: [
          { date: '2019-03-01', counts: counts(0, 1) },
          { date: '2021-06-15', counts: counts(1, 0) },
          { date: '2022-01-10', counts: counts(1, 1) },
        ],
      },
      [],
      { width: 358, height: 260 },
    );
    expect(layout.yTicks.length).toBeGreaterThan(1);
    expect(layout.yTicks.map((t) => t.label)).toEqual(
      layout.yTicks.map((_, i) => String(i)),
    );
  });
});
