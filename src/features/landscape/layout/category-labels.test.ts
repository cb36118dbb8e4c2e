// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { readShippedLandscape } from '@/testing/shipped-landscape';

import { labelWeight } from '../render/chart-style';
import { chartHeight } from './chart-size';
import { computeLandscapeLayout } from './compute-landscape-layout';
import { layoutTileLabels } from './tile-labels';

/*
 * Tile names in the shipped Observability and Analysis category, fitted
 * view (zoom 1), with the glyph-width estimates (Node has no canvas): on a
 * 390 × 844 phone every tile carries a name and no two read the same; at
 * 1440 × 900 CNCF projects' names are whole (one known exception).
 */
describe('tile names of a shipped category', () => {
  const landscape = readShippedLandscape().categories.get(
    'categories/observability-and-analysis.json',
  )!;
  const { items, categories } = landscape;
  const content = {
    items: items.length,
    groups: new Set(items.map((i) => i.subcategory)).size,
  };
  const names = new Map(items.map((i) => [i.id, i.name]));
  const project = new Set(
    items.filter((i) => i.status !== null).map((i) => i.id),
  );
  const labelsAt = (width: number, windowHeight: number) => {
    const size = { width, height: chartHeight(width, windowHeight, content) };
    const layout = computeLandscapeLayout(items, categories, size);
    const labels = layoutTileLabels(layout.tiles, names, {
      lod: 1,
      weightOf: (id) => labelWeight(project.has(id) ? 'graduated' : 'none'),
      keepWhole: (id) => project.has(id),
      measure: null,
    });
    return { layout, labels };
  };

  it('names every tile on a phone, and no two names read the same', () => {
    const { layout, labels } = labelsAt(358, 844);
    expect(layout.tiles).toHaveLength(items.length);
    expect(labels.size).toBe(items.length);
    const texts = [...labels.values()].map((l) => l.lines.join(' '));
    expect(new Set(texts).size).toBe(texts.length);
  });

  // 167 tiles share the Observability box: about 91 × 33 px each, room
  // for two lines of 10 px type of about 14 characters. One name of 31
  // characters needs three lines: it shows without its bracketed
  // qualifier, "Logging Operator", and hover and focus show it whole.
  it('shortens no CNCF project’s name at 1440 px but one of 31 characters', () => {
    const { labels } = labelsAt(1232, 900);
    const shortened = [...project].filter((id) => labels.get(id)?.truncated);
    expect(shortened.map((id) => names.get(id))).toEqual([
      'Logging Operator (Kube Logging)',
    ]);
    expect(labels.get('logging-operator-kube-logging')?.lines).toEqual([
      'Logging',
      'Operator',
    ]);
    expect([...project].every((id) => labels.has(id))).toBe(true);
  });
});
