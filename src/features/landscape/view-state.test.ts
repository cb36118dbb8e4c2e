// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { observabilityFixture } from '@/testing/mocks/fixtures/observability-category';

import { parseView, selectView, writeView } from './view-state';

describe('parseView / writeView', () => {
  it('round-trips every shareable setting', () => {
    const search =
      'zoom=Observability&sub=Observability&status=graduated&status=none&date=2024-11-12&q=prom&view=table&item=prometheus&renderer=canvas';
    const view = parseView(new URLSearchParams(search));
    expect(view).toEqual({
      item: 'prometheus',
      statuses: ['graduated', 'none'],
      subcategories: ['Observability'],
      zoom: 'Observability',
      date: '2024-11-12',
      query: 'prom',
      mode: 'table',
      category: null,
      renderer: 'canvas',
    });
    expect(parseView(writeView(view))).toEqual(view);
  });

  it('ignores malformed values and leaves defaults out of the URL', () => {
    const view = parseView(
      new URLSearchParams(
        'date=12-11-2024&status=famous&view=map&renderer=webgl',
      ),
    );
    expect(view.date).toBeNull();
    expect(view.statuses).toEqual([]);
    expect(view.mode).toBe('chart');
    expect(view.renderer).toBe('auto');
    expect(writeView(view).toString()).toBe('');
  });
});

describe('selectView', () => {
  const view = parseView(new URLSearchParams('date=2024-11-12'));

  it('computes statuses on the chosen date and counts them for the legend', () => {
    const s = selectView(observabilityFixture, view, '2026-11-26');
    expect(s.statusById.get('opentelemetry')).toBe('incubating');
    expect(s.statusById.get('holmesgpt')).toBe('none');
    expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(217);
    // In the landscape file's order.
    expect(s.subcategoryNames).toEqual([
      'Feature Flagging',
      'Chaos Engineering',
      'Continuous Optimization',
      'Observability',
    ]);
  });

  it('filters by status after the date is applied, and finds search matches', () => {
    const s = selectView(
      observabilityFixture,
      { ...view, statuses: ['incubating'], query: 'tele' },
      '2026-11-26',
    );
    expect(s.visible.map((i) => i.id)).toContain('opentelemetry');
    expect(s.visible).toHaveLength(7);
    expect([...(s.matches ?? [])]).toEqual(['opentelemetry']);
  });

  it('uses today when no date is set', () => {
    const s = selectView(
      observabilityFixture,
      parseView(new URLSearchParams()),
      '2026-11-26',
    );
    expect(s.date).toBe('2026-11-26');
    expect(s.statusById.get('opentelemetry')).toBe('graduated');
  });
});
