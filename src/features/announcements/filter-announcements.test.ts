// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { announcementsFixture } from '@/testing/mocks/fixtures/event-data';

import {
  facetChoices,
  filterAnnouncements,
  NO_FILTERS,
} from './filter-announcements';
import { findRelated, neighbours } from './find-related';

const all = announcementsFixture.announcements;
const ids = (q: string, extra: Partial<typeof NO_FILTERS> = {}) =>
  filterAnnouncements(all, { ...NO_FILTERS, ...extra, q }).map(
    (hit) => hit.announcement.id,
  );

describe('the shipped data', () => {
  it('holds the eight announcements with their figures', () => {
    expect(all.map((a) => a.id)).toEqual([
      'tintri-csi',
      'kubevirt-1-4',
      'flatcar-incubating',
      'andela-partnership',
      'new-certifications',
      'kubestronauts-500',
      'cncf-2025-focus',
      'upcoming-events',
    ]);
    const figures = all.flatMap((a) => a.figures.map((f) => f.value));
    expect(figures).toEqual(expect.arrayContaining([20000, 500, 25, 5]));
  });
});

describe('filterAnnouncements', () => {
  it('keeps everything, in data order, without filters', () => {
    expect(ids('')).toHaveLength(all.length);
    expect(ids('')[0]).toBe('tintri-csi');
  });

  it.each(['flatcar', 'Flatcar', 'flatcr', 'immutable', 'imutable'])(
    'finds Flatcar by "%s"',
    (q) => {
      expect(ids(q)).toEqual(['flatcar-incubating']);
    },
  );

  it('finds KubeVirt despite a typo', () => {
    expect(ids('kubevrt')).toEqual(['kubevirt-1-4']);
  });

  it('expands otel to OpenTelemetry', () => {
    expect(ids('otel', { kinds: ['certification'] })).toEqual([
      'new-certifications',
    ]);
  });

  it('finds nothing for a word that is not there', () => {
    expect(ids('mainframe')).toEqual([]);
  });

  it('marks where a search matched', () => {
    const [hit] = filterAnnouncements(all, { ...NO_FILTERS, q: 'immutable' });
    const detail = hit!.announcement.details[2]!;
    const [range] = hit!.highlights['details.2']!;
    expect(detail.slice(range!.start, range!.end)).toBe('immutable');
  });

  it('combines kinds with OR and groups with AND', () => {
    expect(
      ids('', { kinds: ['product', 'project-release'], orgs: [] }),
    ).toEqual(['tintri-csi', 'kubevirt-1-4']);
    expect(ids('', { kinds: ['product'], orgs: ['kubevirt'] })).toEqual([]);
    expect(ids('', { orgs: ['adobe', 'Andela'] })).toEqual([
      'flatcar-incubating',
      'andela-partnership',
    ]);
  });
});

describe('facetChoices', () => {
  it('counts each choice with the other group and the query applied', () => {
    const { kinds, orgs } = facetChoices(all, {
      ...NO_FILTERS,
      orgs: ['Kubernetes'],
    });
    const count = (value: string) =>
      kinds.find((k) => k.value === value)?.count;
    expect(count('product')).toBe(1);
    expect(count('certification')).toBe(0);
    expect(orgs.find((o) => o.value === 'Kubernetes')).toMatchObject({
      count: 4,
      selected: true,
    });
    expect(orgs[0]?.value).toBe('CNCF');
  });

  it('keeps a chosen name that the data does not hold, so it can be removed', () => {
    const { orgs } = facetChoices(all, { ...NO_FILTERS, orgs: ['Nobody'] });
    expect(orgs.find((o) => o.value === 'Nobody')).toMatchObject({
      count: 0,
      selected: true,
    });
  });
});

describe('findRelated and neighbours', () => {
  it('prefers shared projects over the ubiquitous CNCF', () => {
    const andela = all.find((a) => a.id === 'andela-partnership')!;
    const related = findRelated(andela, all);
    expect(related[0]).toMatchObject({
      announcement: { id: 'kubestronauts-500' },
      shared: ['Kubernetes', 'CNCF'],
    });
    expect(related.map((r) => r.announcement.id)).not.toContain(
      'andela-partnership',
    );
  });

  it('gives previous and next in data order', () => {
    expect(neighbours(all, 'tintri-csi').previous).toBeNull();
    expect(neighbours(all, 'tintri-csi').next?.id).toBe('kubevirt-1-4');
    expect(neighbours(all, 'upcoming-events').next).toBeNull();
    expect(neighbours(all, 'missing')).toEqual({ previous: null, next: null });
  });
});
