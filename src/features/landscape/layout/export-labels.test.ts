// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { readShippedLandscape } from '@/testing/shipped-landscape';

import {
  EXPORT_LABEL_PX,
  fitExportLabels,
  layoutExportChart,
  nextExportChartHeight,
} from './export-labels';
import { EXPORT_CHART_WIDTH } from './export-layout';

import type { Landscape } from '../schemas';

const BOLD = () => 600;
const tile = (id: string, width: number, height: number) => ({
  id,
  width,
  height,
});

describe('fitExportLabels', () => {
  it('takes the largest size at which every name fits whole', () => {
    // 40 px tall: two lines at most.
    const tiles = [tile('a', 200, 60), tile('b', 140, 40)];
    const names = new Map([
      ['a', 'Prometheus'],
      ['b', 'Logging Operator (Kube Logging)'],
    ]);
    const fitted = fitExportLabels(tiles, names, BOLD, null);
    expect(fitted.unlabelled).toEqual([]);
    // 'Logging Operator' (16 glyphs of 0.6 em) fits 132 px at 13.5 px.
    expect(fitted.fontPx).toBe(13.5);
    expect(fitted.labels.get('b')?.lines).toEqual([
      'Logging Operator',
      '(Kube Logging)',
    ]);
    // One step larger and the long name no longer fits.
    const bigger = fitted.fontPx + EXPORT_LABEL_PX.step;
    expect(bigger * 0.6 * 'Logging Operator'.length).toBeGreaterThan(140 - 8);
    for (const label of fitted.labels.values()) {
      expect(label.truncated).toBe(false);
      expect(label.fontSize).toBe(fitted.fontPx);
    }
  });

  it('leaves a name that cannot fit at the smallest size off, never cut', () => {
    const tiles = [tile('a', 200, 60), tile('b', 60, 30)];
    const names = new Map([
      ['a', 'Prometheus'],
      ['b', 'Alibaba Cloud Application Real-Time Service'],
    ]);
    const fitted = fitExportLabels(tiles, names, BOLD, null);
    expect(fitted.fontPx).toBe(EXPORT_LABEL_PX.min);
    expect(fitted.unlabelled).toEqual(['b']);
    expect(fitted.labels.get('a')?.lines).toEqual(['Prometheus']);
  });
});

describe('nextExportChartHeight', () => {
  it('grows the chart while names do not fit, up to three widths', () => {
    expect(nextExportChartHeight(1000, 1160, 0)).toBeNull();
    expect(nextExportChartHeight(1000, 1160, 2)).toBe(1200);
    expect(nextExportChartHeight(3400, 1160, 2)).toBe(3480);
    expect(nextExportChartHeight(3480, 1160, 2)).toBeNull();
  });
});

describe('layoutExportChart on the shipped data', () => {
  const shipped = readShippedLandscape();
  const chartOf = (landscape: Landscape) =>
    layoutExportChart(
      landscape.items,
      landscape.categories,
      new Map(landscape.items.map((i) => [i.id, i.name])),
      (id) => (landscape.items.find((i) => i.id === id)?.status ? 600 : 400),
      null,
      { items: landscape.items.length, groups: 10 },
    );

  it('names every item of Observability and Analysis in full', () => {
    const landscape = [...shipped.categories.values()].find((c) =>
      c.name.endsWith('Observability and Analysis'),
    )!;
    const chart = chartOf(landscape);
    expect(chart.unlabelled).toEqual([]);
    expect(chart.labels.size).toBe(217);
    expect(chart.fontPx).toBeGreaterThanOrEqual(EXPORT_LABEL_PX.min);
    const names = new Map(landscape.items.map((i) => [i.id, i.name]));
    for (const [id, label] of chart.labels) {
      const { lines } = label;
      // Lines join at a space, inside a word, or at an added hyphen.
      const readings = [
        lines.join(' '),
        lines.join(''),
        lines
          .map((l, i) =>
            i === 0 && lines.length > 1 ? l.replace(/-$/, '') : l,
          )
          .join(''),
      ];
      expect(readings).toContain(names.get(id));
    }
    expect(chart.layout.width).toBe(EXPORT_CHART_WIDTH);
  });

  it('labels what fits of the whole landscape and cuts nothing', () => {
    const chart = chartOf(shipped.whole);
    expect(chart.height).toBe(EXPORT_CHART_WIDTH * 3);
    expect(chart.layout.tiles).toHaveLength(shipped.whole.items.length);
    expect(chart.labels.size + chart.unlabelled.length).toBe(
      chart.layout.tiles.length,
    );
    for (const label of chart.labels.values())
      expect(label.truncated).toBe(false);
  });
});
