// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { assignIds } from './assign-ids';
import {
  aliasBombYaml,
  deepNestingYaml,
  landscapeAliasBombYaml,
  longNameYaml,
  repeatedNamesYaml,
} from './hostile-files';
import { IMPORT_BUDGETS } from './import-budgets';
import { importLandscape } from './import-landscape';

import type { ImportResult } from './import-types';

const OPTIONS = { fileName: 'hostile.yml', asOf: '2026-08-07' };

function timed(source: string) {
  const start = performance.now();
  const result = importLandscape(source, OPTIONS);
  return { result, ms: performance.now() - start };
}

function failureOf(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

describe('importer budgets', () => {
  it('stops the alias bomb of issue 12 at once, naming the line and the budget', () => {
    const source = aliasBombYaml();
    expect(source.length).toBeGreaterThan(300_000);
    const before = process.memoryUsage().heapUsed;
    const { result, ms } = timed(source);
    const grown = process.memoryUsage().heapUsed - before;
    const failure = failureOf(result);
    expect(failure.message).toMatch(
      /hostile\.yml is too much to import: aliases that expand to more than 100,000 nodes at line \d+; the importer reads at most 100,000 nodes expanded through aliases/,
    );
    expect(failure.problems).toHaveLength(1);
    expect(ms).toBeLessThan(2_000);
    expect(grown).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops a landscape: that is itself an alias bomb', () => {
    const failure = failureOf(timed(landscapeAliasBombYaml()).result);
    expect(failure.message).toMatch(
      /expand to more than 100,000 nodes at line 6/,
    );
  });

  it('still reads a few aliases, as YAML allows', () => {
    const { result } = timed(aliasBombYaml(20, 100));
    if (!result.ok) throw new Error(result.message);
    // The same 100 names in 20 subcategories of one category: shown once
    // each per subcategory, and warned about.
    expect(result.report.itemsRead).toBe(2_000);
    expect(result.report.itemsShown).toBe(2_000);
  });

  it('refuses nesting deeper than the budget with the line', () => {
    const failure = failureOf(timed(deepNestingYaml(10_000)).result);
    expect(failure.message).toBe(
      `hostile.yml is too much to import: nesting deeper than ${IMPORT_BUDGETS.maxDepth} levels at line 1; the importer reads lists and mappings nested at most ${IMPORT_BUDGETS.maxDepth} deep.`,
    );
  });

  it('refuses a value longer than the budget with its line', () => {
    const { result, ms } = timed(longNameYaml(5_000_000));
    const failure = failureOf(result);
    expect(failure.message).toBe(
      'hostile.yml is too much to import: a value of 5,000,000 characters at line 9; the importer reads values of at most 10,000 characters.',
    );
    expect(ms).toBeLessThan(2_000);
  });

  it('refuses text past the file-size budget before parsing it', () => {
    const source = `# ${'x'.repeat(IMPORT_BUDGETS.maxFileBytes)}\nlandscape: []\n`;
    const failure = failureOf(timed(source).result);
    expect(failure.message).toMatch(
      /^hostile\.yml is 16\.0 MB; the importer reads files of at most 16 MB/,
    );
  });

  it('fails (never an empty landscape) when the file has no items', () => {
    for (const source of [
      'landscape: []\n',
      'landscape:\n  - name: C\n    subcategories: []\n',
    ]) {
      const failure = failureOf(timed(source).result);
      expect(failure.message).toMatch(/^hostile\.yml has no items to show/);
    }
  });
});

describe('repeated names', () => {
  it('assigns 20,000 ids for the same name, each unique', () => {
    const { result } = timed(repeatedNamesYaml(20_000));
    if (!result.ok) throw new Error(result.message);
    const ids = result.landscape.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.slice(0, 3)).toEqual(['x', 'x-repeats', 'x-repeats-2']);
    expect(ids.at(-1)).toBe('x-repeats-19999');
  }, 20_000);

  it('tries a bounded number of candidates per id: linear, not quadratic', () => {
    const items = Array.from({ length: 20_000 }, () => ({
      name: 'x',
      category: 'Repeats',
    }));
    // Counted, not timed: the count does not depend on the machine's load.
    const has = vi.spyOn(Set.prototype, 'has');
    assignIds(items);
    const probes = has.mock.calls.length;
    has.mockRestore();
    // Quadratic (each id trying every number before it, which took 86 s)
    // is 200 million probes; linear is at most three per id.
    expect(probes).toBeLessThanOrEqual(3 * items.length);
  });
});
