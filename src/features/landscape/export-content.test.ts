// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { readShippedLandscape } from '@/testing/shipped-landscape';

import { exportContent, exportSource, exportTitle } from './export-content';
import { DEFAULT_VIEW, selectView } from './view-state';

const shipped = readShippedLandscape();
const observability = [...shipped.categories.values()].find((c) =>
  c.name.endsWith('Observability and Analysis'),
)!;

describe('exportTitle', () => {
  it('names the landscape, then the category and subcategory shown', () => {
    expect(exportTitle(observability, DEFAULT_VIEW)).toBe(
      'CNCF landscape: Observability and Analysis',
    );
    expect(
      exportTitle(observability, { ...DEFAULT_VIEW, zoom: 'Feature Flagging' }),
    ).toBe('CNCF landscape: Observability and Analysis › Feature Flagging');
    expect(
      exportTitle(shipped.whole, { ...DEFAULT_VIEW, category: 'Provisioning' }),
    ).toBe('CNCF landscape › Provisioning');
  });
});

describe('exportSource', () => {
  it('credits the repository, file, commit, date and licence, with a link', () => {
    expect(exportSource(observability)).toEqual([
      'Data: CNCF landscape, cncf/landscape (landscape.yml, commit 153d699b, 7 August 2026), used under Apache-2.0 or CC BY 4.0. Facts only: names, links, CNCF statuses and dates.',
      'https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml',
    ]);
  });

  it('names an opened file and its date when there is no origin', () => {
    expect(
      exportSource({
        ...observability,
        name: 'my-landscape.yml',
        origin: null,
      }),
    ).toEqual([
      'Data: my-landscape.yml, a landscape file opened in CNCF Explorer, dated 7 August 2026.',
    ]);
  });
});

describe('exportContent', () => {
  it('states the date, what is shown and a legend entry per status', () => {
    const view = { ...DEFAULT_VIEW, date: '2024-11-12' };
    const content = exportContent(
      observability,
      view,
      selectView(observability, view, '2026-12-01'),
    );
    expect(content.subtitle).toBe(
      'CNCF status on 12 November 2024 · 217 of 217 items',
    );
    expect(content.legend.map((e) => e.key)).toEqual([
      'graduated',
      'incubating',
      'sandbox',
      'archived',
      'none',
    ]);
    expect(content.legend[0]!.text).toMatch(/^Graduated \(\d+\)$/);
    const total = content.legend
      .map((e) => Number(/\((\d+)\)/.exec(e.text)![1]))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(217);
    expect(content.chart).toEqual({ items: 217, groups: 5 });
  });

  it('says which filters narrow the view, and counts only what is shown', () => {
    const view = {
      ...DEFAULT_VIEW,
      statuses: ['graduated' as const],
      query: 'prom',
    };
    const content = exportContent(
      observability,
      view,
      selectView(observability, view, '2026-12-01'),
    );
    expect(content.subtitle).toMatch(
      /^CNCF status on 1 December 2026 · \d+ of 217 items · only Graduated · matching “prom”$/,
    );
    expect(content.legend.find((e) => e.key === 'none')!.text).toBe(
      'Not a CNCF project (0)',
    );
  });
});
