// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { toLandscapeYml } from '@/testing/landscape-yml';
import {
  readShippedFiles,
  readShippedLandscape,
  realLandscapeYmlPath,
} from '@/testing/shipped-landscape';

import { statusOn } from '../status-on';
import { generateShippedFiles } from './build-shipped-data';

import type { GeneratedFiles } from './build-shipped-data';

const shipped = readShippedLandscape();
const committed = readShippedFiles();
const REAL_YML = realLandscapeYmlPath();

function generate(source: string): GeneratedFiles {
  const result = generateShippedFiles(
    source,
    'landscape.yml',
    shipped.index.origin,
  );
  if (!('files' in result)) throw new Error(result.message);
  return result;
}

describe('the committed landscape data', () => {
  it('holds the whole CNCF landscape, with counts that agree everywhere', () => {
    const { index, categories, whole } = shipped;
    expect(index.items).toBe(2413);
    expect(index.categories).toHaveLength(15);
    expect(whole.items).toHaveLength(2413);
    for (const entry of index.categories) {
      const file = categories.get(entry.file);
      expect(file?.items, entry.name).toHaveLength(entry.items);
      expect(file?.categories.map((c) => c.name)).toEqual([entry.name]);
      for (const sub of entry.subcategories) {
        const inSub = file?.items.filter((i) => i.subcategory === sub.name);
        expect(inSub, `${entry.name} / ${sub.name}`).toHaveLength(sub.items);
      }
    }
    expect(new Set(whole.items.map((i) => i.id)).size).toBe(2413);
    // all.json holds exactly the category files, in the index's order.
    expect(whole).toEqual(shipped.merged);
  });

  it('has 217 items in Observability and Analysis, in its four subcategories', () => {
    const entry = shipped.index.categories.find(
      (c) => c.name === 'Observability and Analysis',
    );
    expect(entry?.items).toBe(217);
    expect(
      Object.fromEntries(
        entry?.subcategories.map((s) => [s.name, s.items]) ?? [],
      ),
    ).toEqual({
      'Feature Flagging': 11,
      'Chaos Engineering': 12,
      'Continuous Optimization': 27,
      Observability: 167,
    });
  });

  it('copies no description, and names its source and licence', () => {
    expect(shipped.whole.items.filter((i) => i.description !== null)).toEqual(
      [],
    );
    expect(shipped.index.origin).toEqual({
      repository: 'cncf/landscape',
      file: 'landscape.yml',
      commit: '153d699bddf74038d21775b14d09052f62021441',
      date: '2026-08-07',
      licence: 'Apache-2.0 or CC BY 4.0',
      attribution: 'CNCF landscape, cncf/landscape',
    });
    for (const file of shipped.categories.values()) {
      expect(file.origin).toEqual(shipped.index.origin);
    }
  });

  it('keeps logos and second_path placements as the file gives them', () => {
    const byId = new Map(shipped.whole.items.map((i) => [i.id, i]));
    expect(byId.get('prometheus')?.logo).toBe('prometheus.svg');
    expect(shipped.whole.items.every((i) => i.logo !== null)).toBe(true);
    const placed = shipped.whole.items.filter((i) => i.secondPaths.length > 0);
    expect(placed.length).toBeGreaterThan(100);
    expect(byId.get('kagent')?.secondPaths).toEqual([
      { category: 'AI Agent', subcategory: 'Agent Framework' },
    ]);
  });

  it('keeps the KubeCon NA 2024 preset true', () => {
    const byName = (name: string) => {
      const item = shipped.whole.items.find((i) => i.name === name);
      if (!item) throw new Error(`no ${name}`);
      return item;
    };
    const day = '2024-11-12';
    expect(statusOn(byName('OpenTelemetry'), day)).toBe('incubating');
    expect(statusOn(byName('HolmesGPT'), day)).toBe('none');
    expect(statusOn(byName('OpenCost'), day)).toBe('incubating');
    expect(statusOn(byName('Skooner'), day)).toBe('archived');
  });

  it('is what the script makes from the same data written back as landscape.yml', () => {
    const generated = generate(toLandscapeYml(shipped.whole));
    expect(generated.full.rejected).toEqual([]);
    expect([...generated.files.keys()].sort()).toEqual(
      [...committed.keys()].sort(),
    );
    for (const [name, text] of generated.files) {
      expect(text, name).toBe(committed.get(name));
    }
  });
});

// Only where LANDSCAPE_YML names the original file (CI).
describe.runIf(REAL_YML)(
  'the committed landscape data and the original file',
  () => {
    it('is exactly what `npm run data:landscape` makes from it', () => {
      const generated = generate(readFileSync(REAL_YML ?? '', 'utf8'));
      expect(generated.full.rejected).toEqual([]);
      expect([...generated.files.keys()].sort()).toEqual(
        [...committed.keys()].sort(),
      );
      for (const [name, text] of generated.files) {
        expect(text, name).toBe(committed.get(name));
      }
    });
  },
);
