// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  computeExportLayout,
  EXPORT_CHART_WIDTH,
  EXPORT_WIDTH,
  exportChartHeight,
  layoutLegend,
  wrapText,
} from './export-layout';

import type { ExportContent } from './export-layout';

/** Null measure: every glyph 0.6 em wide (the estimate). */
const ESTIMATE = null;
const width = (text: string, px: number) => text.length * 0.6 * px;

const CONTENT: ExportContent = {
  title: 'CNCF landscape: Observability and Analysis',
  subtitle: 'CNCF status on 12 November 2024 · 217 of 217 items',
  legend: ['Graduated (4)', 'Incubating (6)', 'Sandbox (12)'].map((text) => ({
    key: text.split(' ')[0]!,
    text,
  })),
  source: ['Data: CNCF landscape.', 'https://github.com/cncf/landscape'],
  chart: { items: 217, groups: 5 },
};

describe('wrapText', () => {
  it('keeps a short text on one line and wraps a long one between words', () => {
    expect(wrapText('Graduated (4)', 500, 15, 400, ESTIMATE)).toEqual([
      'Graduated (4)',
    ]);
    const lines = wrapText(
      'one two three four five six',
      60,
      10,
      400,
      ESTIMATE,
    );
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    for (const line of lines) expect(width(line, 10)).toBeLessThanOrEqual(60);
  });

  it('breaks a word wider than a line between letters, losing nothing', () => {
    const url = 'https://github.com/cncf/landscape/blob/153d699b/landscape.yml';
    const lines = wrapText(url, 120, 10, 400, ESTIMATE);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(width(line, 10)).toBeLessThanOrEqual(120);
  });
});

describe('layoutLegend', () => {
  it('puts every entry in one row when there is room, in order', () => {
    const legend = layoutLegend(CONTENT.legend, 1000, 100, ESTIMATE);
    expect(legend.entries.map((e) => e.text)).toEqual(
      CONTENT.legend.map((e) => e.text),
    );
    expect(new Set(legend.entries.map((e) => e.y)).size).toBe(1);
    const xs = legend.entries.map((e) => e.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(legend.entries[0]!.y).toBeGreaterThan(100);
    expect(legend.entries[0]!.y).toBeLessThan(100 + legend.height);
  });

  it('wraps entries to more rows on a narrow page', () => {
    const one = layoutLegend(CONTENT.legend, 1000, 0, ESTIMATE);
    const narrow = layoutLegend(CONTENT.legend, 200, 0, ESTIMATE);
    expect(new Set(narrow.entries.map((e) => e.y)).size).toBe(3);
    expect(narrow.height).toBe(3 * one.height);
    expect(narrow.entries.every((e) => e.x === 0)).toBe(true);
  });
});

describe('exportChartHeight', () => {
  it('gives every tile room for a two-line name, within bounds', () => {
    const w = EXPORT_CHART_WIDTH;
    expect(exportChartHeight(w, { items: 5, groups: 2 })).toBe(
      Math.round(w * 0.6),
    );
    const mid = exportChartHeight(w, { items: 217, groups: 5 });
    expect(mid).toBeGreaterThan(w * 0.6);
    expect(mid).toBeGreaterThan(
      exportChartHeight(w, { items: 150, groups: 5 }),
    );
    expect(exportChartHeight(w, { items: 2413, groups: 120 })).toBe(w * 3);
  });
});

describe('computeExportLayout', () => {
  it('stacks title, subtitle, legend, chart and source without overlap', () => {
    const page = computeExportLayout(CONTENT, ESTIMATE);
    expect(page.width).toBe(EXPORT_WIDTH);
    expect(page.title.lines).toEqual([CONTENT.title]);
    expect(page.title.y + page.title.height).toBeLessThanOrEqual(
      page.subtitle.y,
    );
    expect(page.subtitle.y + page.subtitle.height).toBeLessThanOrEqual(
      page.legend.y,
    );
    expect(page.legend.y + page.legend.height).toBeLessThanOrEqual(
      page.chart.y,
    );
    expect(page.chart.y + page.chart.height).toBeLessThanOrEqual(page.source.y);
    expect(page.chart.width).toBe(EXPORT_CHART_WIDTH);
    expect(page.chart.height).toBe(
      exportChartHeight(EXPORT_CHART_WIDTH, CONTENT.chart),
    );
    expect(page.source.lines).toEqual(CONTENT.source);
    expect(page.height).toBeGreaterThan(page.source.y + page.source.height);
  });

  it('wraps a long title and moves everything below it down', () => {
    const short = computeExportLayout(CONTENT, ESTIMATE);
    const long = computeExportLayout(
      {
        ...CONTENT,
        title: `${CONTENT.title} › ${'Continuous Optimization '.repeat(3)}`,
      },
      ESTIMATE,
    );
    expect(long.title.lines.length).toBeGreaterThan(1);
    expect(long.chart.y - short.chart.y).toBeCloseTo(
      long.title.height - short.title.height,
    );
    expect(long.height - short.height).toBeCloseTo(
      long.title.height - short.title.height,
      0,
    );
  });

  it('takes the chart height it is given', () => {
    const page = computeExportLayout(CONTENT, ESTIMATE, 2000);
    expect(page.chart.height).toBe(2000);
  });
});
