// @vitest-environment node
import landscapeJson from 'shipped-data:v1/landscape/categories/observability-and-analysis.json';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { LandscapeSchema } from './schemas';
import { statusHistory, statusOn } from './status-on';

const landscape = v.parse(LandscapeSchema, landscapeJson);
const byId = (id: string) => {
  const item = landscape.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};
const KUBECON_NA_2024 = '2024-11-12';

describe('statusOn', () => {
  it('shows OpenTelemetry as incubating at KubeCon NA 2024 and graduated after May 2026', () => {
    expect(statusOn(byId('opentelemetry'), KUBECON_NA_2024)).toBe('incubating');
    expect(statusOn(byId('opentelemetry'), '2026-05-10')).toBe('incubating');
    expect(statusOn(byId('opentelemetry'), '2026-05-11')).toBe('graduated');
  });

  it('treats an item not yet accepted as not a CNCF project', () => {
    expect(statusOn(byId('holmesgpt'), KUBECON_NA_2024)).toBe('none');
    expect(statusOn(byId('holmesgpt'), '2025-10-08')).toBe('sandbox');
  });

  it('walks a project through sandbox, incubation and archiving', () => {
    const openMetrics = byId('openmetrics');
    expect(statusOn(openMetrics, '2018-08-09')).toBe('none');
    expect(statusOn(openMetrics, '2018-08-10')).toBe('sandbox');
    expect(statusOn(openMetrics, '2023-01-01')).toBe('incubating');
    expect(statusOn(openMetrics, '2024-07-02')).toBe('archived');
  });

  it('keeps a non-CNCF item as none on every date', () => {
    expect(statusOn(byId('grafana'), '2030-01-01')).toBe('none');
  });

  it('uses the current status of an item that has no dates at all', () => {
    const undated = {
      status: 'sandbox' as const,
      dates: {
        accepted: null,
        incubating: null,
        graduated: null,
        archived: null,
      },
    };
    expect(statusOn(undated, '2010-01-01')).toBe('sandbox');
  });

  it('agrees with the shipped status of every CNCF project on the data date', () => {
    for (const item of landscape.items) {
      expect(statusOn(item, landscape.asOf), item.id).toBe(
        item.status ?? 'none',
      );
    }
  });

  it('counts the 26 CNCF projects of the category and their statuses at KubeCon NA 2024', () => {
    const counts = new Map<string, number>();
    for (const item of landscape.items) {
      const s = statusOn(item, KUBECON_NA_2024);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    expect(landscape.items.filter((i) => i.status !== null)).toHaveLength(26);
    // On 12 Nov 2024: Prometheus, Fluentd, Jaeger graduated; OpenTelemetry, Thanos,
    // Cortex, Litmus, Chaos Mesh, OpenFeature, OpenCost incubating; HolmesGPT not yet in.
    expect(counts.get('graduated')).toBe(3);
    expect(counts.get('incubating')).toBe(7);
    // Fonio, OpenMetrics, OpenTracing and Skooner (24 Oct 2024) archived.
    expect(counts.get('archived')).toBe(4);
    expect(counts.get('sandbox')).toBe(11);
    expect(counts.get('none')).toBe(landscape.items.length - 25);
  });
});

describe('statusHistory', () => {
  it('lists dated steps oldest first, merging same-day steps', () => {
    expect(statusHistory(byId('opentracing'))).toEqual([
      { status: 'incubating', date: '2016-10-11' },
      { status: 'archived', date: '2021-08-20' },
    ]);
    expect(statusHistory(byId('opentelemetry'))).toEqual([
      { status: 'sandbox', date: '2019-05-07' },
      { status: 'incubating', date: '2021-08-26' },
      { status: 'graduated', date: '2026-05-11' },
    ]);
    expect(statusHistory(byId('grafana'))).toEqual([]);
  });
});
