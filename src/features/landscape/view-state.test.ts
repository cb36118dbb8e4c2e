// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { observabilityFixture } from '@/testing/mocks/fixtures/observability-category';

import {
  DEFAULT_VIEW,
  itemStatusLabel,
  nextStatuses,
  parseView,
  selectView,
  writeView,
} from './view-state';

import type { Landscape } from './schemas';

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
        'date=12-11-2024&status=%3Cb%3E&view=map&renderer=webgl',
      ),
    );
    expect(view.date).toBeNull();
    expect(view.statuses).toEqual([]);
    expect(view.mode).toBe('chart');
    expect(view.renderer).toBe('auto');
    expect(writeView(view).toString()).toBe('');
  });
});

/** Another foundation's file: maturity words of its own, no CNCF dates. */
const foreign: Landscape = {
  ...observabilityFixture,
  origin: null,
  foreign: true,
  items: observabilityFixture.items.slice(0, 6).map((item, i) => ({
    ...item,
    status: i === 0 ? 'graduated' : null,
    dates: {
      accepted: null,
      incubating: null,
      graduated: null,
      archived: null,
    },
    ...(i === 1 || i === 2 ? { maturity: 'emeritus' } : {}),
    ...(i === 3 ? { maturity: 'At-Large' } : {}),
  })),
};

describe('selectView on a file with maturity levels of its own', () => {
  const today = '2026-12-01';

  it('counts each maturity on its own, not as "not a CNCF project"', () => {
    const s = selectView(foreign, parseView(new URLSearchParams()), today);
    expect(s.maturities).toEqual([
      { key: 'emeritus', label: 'Emeritus', count: 2 },
      { key: 'at-large', label: 'At-Large', count: 1 },
    ]);
    expect(s.counts).toMatchObject({ graduated: 1, none: 2 });
    expect(itemStatusLabel(s, foreign.items[1]!.id)).toBe('Emeritus');
    // A file the reader opened may be any foundation's: no "CNCF" claimed.
    expect(s.cncf).toBe(false);
    expect(itemStatusLabel(s, foreign.items[4]!.id)).toBe('No project status');
    const shipped = selectView(
      observabilityFixture,
      { ...DEFAULT_VIEW, date: '2024-11-12' },
      today,
    );
    expect(shipped.cncf).toBe(true);
    expect(itemStatusLabel(shipped, 'holmesgpt')).toBe('Not a CNCF project');
  });

  it('filters by a maturity word from the URL, in any case', () => {
    const view = parseView(new URLSearchParams('status=Emeritus&status=none'));
    expect(view.statuses).toEqual(['none', 'emeritus']);
    const s = selectView(foreign, view, today);
    expect(s.visible.map((i) => i.id)).toEqual(
      foreign.items
        .slice(1, 3)
        .concat(foreign.items.slice(4))
        .map((i) => i.id),
    );
  });

  it('ignores a maturity the landscape does not have', () => {
    const view = parseView(new URLSearchParams('status=famous'));
    expect(view.statuses).toEqual(['famous']);
    const s = selectView(foreign, view, today);
    expect(s.statuses).toEqual([]);
    expect(s.visible).toHaveLength(6);
  });
});

describe('selectView', () => {
  const view = parseView(new URLSearchParams('date=2024-11-12'));

  it('computes statuses on the chosen date and counts them for the legend', () => {
    const s = selectView(observabilityFixture, view, '2026-11-26');
    expect(s.statusById.get('opentelemetry')).toBe('incubating');
    expect(s.statusById.get('holmesgpt')).toBe('none');
    expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(217);
    // 25 CNCF projects then (HolmesGPT joined in 2025): "not yet in the CNCF".
    expect(s.counts.none - s.notYet).toBe(191);
    expect(s.notYet).toBe(1);
    // In the landscape file's order.
    expect(s.subcategoryNames).toEqual([
      'Feature Flagging',
      'Chaos Engineering',
      'Continuous Optimization',
      'Observability',
    ]);
  });

  it('filters by status after the date is applied, then narrows to the search', () => {
    const s = selectView(
      observabilityFixture,
      { ...view, statuses: ['incubating'], query: 'tele' },
      '2026-11-26',
    );
    expect(s.filtered).toHaveLength(7);
    expect(s.visible.map((i) => i.id)).toEqual(['opentelemetry']);
    expect([...(s.matches ?? [])]).toEqual(['opentelemetry']);
  });

  it('forgives typos in the search: "promethus" finds Prometheus', () => {
    const s = selectView(
      observabilityFixture,
      { ...view, query: 'promethus' },
      '2026-11-26',
    );
    expect(s.visible.map((i) => i.name)).toEqual(['Prometheus']);
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

describe('nextStatuses', () => {
  it('selects one status with a plain click, adds one with a modifier', () => {
    expect(nextStatuses([], 'graduated', false)).toEqual(['graduated']);
    expect(nextStatuses(['sandbox'], 'graduated', false)).toEqual([
      'graduated',
    ]);
    expect(nextStatuses(['graduated'], 'graduated', false)).toEqual([]);
    expect(nextStatuses(['sandbox'], 'graduated', true)).toEqual([
      'graduated',
      'sandbox',
    ]);
    expect(nextStatuses(['sandbox', 'graduated'], 'sandbox', true)).toEqual([
      'graduated',
    ]);
    expect(
      nextStatuses(
        ['graduated', 'incubating', 'sandbox', 'archived'],
        'none',
        true,
      ),
    ).toEqual([]);
  });

  it('takes every status the legend offers into account', () => {
    const all = ['graduated', 'emeritus', 'none'];
    expect(nextStatuses(['graduated'], 'emeritus', true, all)).toEqual([
      'graduated',
      'emeritus',
    ]);
    expect(nextStatuses(['graduated', 'none'], 'emeritus', true, all)).toEqual(
      [],
    );
  });
});
