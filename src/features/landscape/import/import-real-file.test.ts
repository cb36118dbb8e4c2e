// @vitest-environment node
import * as v from 'valibot';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LandscapeSchema } from '@/features/landscape/schemas';

import { importLandscape } from './import-landscape';

import type { ImportSuccess } from './import-types';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
/** CI has the real file next to the repo; never committed (see README). */
const LANDSCAPE_YML =
  process.env.LANDSCAPE_YML ??
  path.resolve(REPO_ROOT, '../shared/data/cncf-landscape/landscape.yml');
const OBSERVABILITY = 'Observability and Analysis';

function importReal(category: string | null): ImportSuccess {
  // Fails (never skips) when the file is missing: CI must have it.
  if (!existsSync(LANDSCAPE_YML)) {
    throw new Error(
      `The real landscape file is missing at ${LANDSCAPE_YML}. Set LANDSCAPE_YML to its path (a copy of cncf/landscape's landscape.yml).`,
    );
  }
  const source = readFileSync(LANDSCAPE_YML, 'utf8');
  const result = importLandscape(source, {
    fileName: 'landscape.yml',
    asOf: '2026-08-07',
    category,
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('importLandscape on the real CNCF landscape.yml', () => {
  it('reads all 2,413 items in 15 categories, counts adding up', () => {
    const { landscape, report } = importReal(null);
    expect(report.itemsRead).toBe(2413);
    expect(report.itemsShown + report.itemsRejected).toBe(report.itemsRead);
    expect(report.categories).toBe(15);
    expect(landscape.categories).toHaveLength(15);
    expect(landscape.items).toHaveLength(report.itemsShown);
    expect(new Set(landscape.items.map((i) => i.id)).size).toBe(
      landscape.items.length,
    );
    expect(v.safeParse(LandscapeSchema, landscape).success).toBe(true);
  });

  it('has 217 items in Observability and Analysis, 26 of them CNCF projects', () => {
    const { landscape, report } = importReal(OBSERVABILITY);
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
