// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { testItem } from '@/testing/landscape-item';

import {
  computeThenAndNow,
  computeTourStops,
  countTourSteps,
} from './landscape-views';

import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';

function item(
  name: string,
  subcategory: string,
  status: LandscapeItem['status'],
  dates: Partial<LandscapeItem['dates']> = {},
): LandscapeItem {
  return { ...testItem(name, status, dates), subcategory };
}

// Dates as in the shared facts sheet.
const OTEL = item('OpenTelemetry', 'Observability', 'graduated', {
  accepted: '2019-05-07',
  incubating: '2021-08-26',
  graduated: '2026-05-11',
});
const PROMETHEUS = item('Prometheus', 'Observability', 'graduated', {
  accepted: '2016-05-09',
  incubating: '2016-05-09',
  graduated: '2018-08-09',
});
const HOLMES = item('HolmesGPT', 'Observability', 'sandbox', {
  accepted: '2025-10-08',
});
const SKOONER = item('Skooner', 'Observability', 'archived', {
  accepted: '2021-01-26',
  archived: '2024-10-24',
});
const CHAOS_MESH = item('Chaos Mesh', 'Chaos Engineering', 'incubating', {
  accepted: '2020-07-14',
  incubating: '2022-02-16',
});
const GRAFANA = item('Grafana', 'Observability', null);

const LANDSCAPE: Landscape = {
  schemaVersion: 1,
  origin: null,
  sources: [],
  name: 'CNCF landscape: Observability and Analysis',
  asOf: '2026-08-01',
  categories: [
    {
      name: 'Observability and Analysis',
      subcategories: ['Observability', 'Chaos Engineering', 'Feature Flagging'],
    },
  ],
  items: [OTEL, PROMETHEUS, HOLMES, SKOONER, CHAOS_MESH, GRAFANA],
};

const EVENT_DAY = '2024-11-12';

describe('computeTourStops', () => {
  it('makes one stop per subcategory in display order, empty ones included', () => {
    const stops = computeTourStops(LANDSCAPE);
    expect(stops.map((s) => s.subcategory)).toEqual([
      'Observability',
      'Chaos Engineering',
      'Feature Flagging',
    ]);
    expect(countTourSteps(LANDSCAPE)).toBe(3);
    const [observability, chaos, flags] = stops;
    expect(observability).toMatchObject({ total: 5, others: 1 });
    expect(observability?.share).toBeCloseTo(5 / 6);
    expect(observability?.projects).toEqual([
      { status: 'graduated', names: ['OpenTelemetry', 'Prometheus'] },
      { status: 'sandbox', names: ['HolmesGPT'] },
      { status: 'archived', names: ['Skooner'] },
    ]);
    expect(chaos?.projects).toEqual([
      { status: 'incubating', names: ['Chaos Mesh'] },
    ]);
    expect(flags).toMatchObject({
      total: 0,
      share: 0,
      projects: [],
      others: 0,
    });
  });

  it('has at least one step for a landscape without subcategories', () => {
    expect(countTourSteps({ ...LANDSCAPE, categories: [] })).toBe(1);
  });
});

describe('computeThenAndNow', () => {
  it('counts statuses on the event day and now, and lists what moved', () => {
    const { then, now, changes } = computeThenAndNow(LANDSCAPE, EVENT_DAY);
    expect(then).toMatchObject({
      graduated: 1,
      incubating: 2,
      sandbox: 0,
      archived: 1,
      none: 2,
    });
    expect(now).toMatchObject({
      graduated: 2,
      incubating: 1,
      sandbox: 1,
      archived: 1,
      none: 1,
    });
    expect(changes).toEqual([
      { name: 'HolmesGPT', from: 'none', to: 'sandbox' },
      { name: 'OpenTelemetry', from: 'incubating', to: 'graduated' },
    ]);
  });
});
