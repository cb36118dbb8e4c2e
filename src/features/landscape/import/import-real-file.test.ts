// @vitest-environment node
import { readFileSync } from 'node:fs';

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { LandscapeSchema } from '@/features/landscape/schemas';
import {
  realLandscapeYmlPath,
  shippedLandscapeYml,
} from '@/testing/shipped-landscape';

import { importLandscape } from './import-landscape';

import type { ImportSuccess } from './import-types';

const OBSERVABILITY = 'Observability and Analysis';
const REAL_YML = realLandscapeYmlPath();

/**
 * The same tests on a real-size landscape.yml written from the committed
 * data (always) and on the original file (where LANDSCAPE_YML names it).
 */
const SOURCES = [
  {
    name: 'landscape.yml written from the committed data',
    read: shippedLandscapeYml,
  },
  ...(REAL_YML
    ? [
        {
          name: `the original ${REAL_YML}`,
          read: () => readFileSync(REAL_YML, 'utf8'),
        },
      ]
    : []),
];

describe.each(SOURCES)('importLandscape on $name', ({ read }) => {
  const source = read();
  const importAll = (category: string | null): ImportSuccess => {
    const result = importLandscape(source, {
      fileName: 'landscape.yml',
      asOf: '2026-08-07',
      category,
    });
    if (!result.ok) throw new Error(result.message);
    return result;
  };

  it('reads all 2,413 items in 15 categories, counts adding up', () => {
    const { landscape, report } = importAll(null);
    expect(report.itemsRead).toBe(2413);
    expect(report.itemsShown + report.itemsRejected).toBe(report.itemsRead);
    expect(report.categories).toBe(15);
    // 80 subcategories, 3 of them empty.
    expect(report.subcategories).toBe(80);
    expect(landscape.categories).toHaveLength(15);
    expect(landscape.items).toHaveLength(report.itemsShown);
    expect(new Set(landscape.items.map((i) => i.id)).size).toBe(
      landscape.items.length,
    );
    expect(v.safeParse(LandscapeSchema, landscape).success).toBe(true);
  });

  it('has 217 items in Observability and Analysis, 26 of them CNCF projects', () => {
    const { landscape, report } = importAll(OBSERVABILITY);
    expect(report.itemsRead).toBe(217);
    expect(report.itemsShown + report.itemsRejected).toBe(217);
    expect(landscape.categories.map((c) => c.name)).toEqual([OBSERVABILITY]);
    const bySubcategory = Object.fromEntries(
      landscape.categories[0]!.subcategories.map((name) => [
        name,
        landscape.items.filter((i) => i.subcategory === name).length,
      ]),
    );
    expect(bySubcategory).toEqual({
      Observability: 167,
      'Continuous Optimization': 27,
      'Chaos Engineering': 12,
      'Feature Flagging': 11,
    });
    const { none, ...cncf } = report.byStatus;
    expect(cncf).toEqual({
      graduated: 4,
      incubating: 6,
      sandbox: 12,
      archived: 4,
    });
    expect(217 - none - report.itemsRejected).toBe(26);
    expect(v.safeParse(LandscapeSchema, landscape).success).toBe(true);
  });
});
