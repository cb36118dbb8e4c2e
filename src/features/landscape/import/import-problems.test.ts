// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { LandscapeSchema } from '@/features/landscape/schemas';

import problemsYaml from './fixtures/problems.yml?raw';
import { formatProblem } from './format-problem';
import { importLandscape } from './import-landscape';

import type { ImportResult } from './import-types';

const OPTIONS = { fileName: 'bad.yml', asOf: '2026-08-07' };

function importOk(source: string) {
  const result = importLandscape(source, OPTIONS);
  if (!result.ok) throw new Error(`import failed: ${result.message}`);
  return result;
}

function failureOf(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

describe('importLandscape on a file with item problems', () => {
  const { landscape, report } = importOk(problemsYaml);
  const rejected = report.rejected.flatMap((r) => r.reasons.map(formatProblem));
  const warnings = report.problems.map(formatProblem);

  it('counts every item: read = shown + rejected', () => {
    expect(report).toMatchObject({
      itemsRead: 13,
      itemsShown: 5,
      itemsRejected: 8,
    });
    expect(v.safeParse(LandscapeSchema, landscape).success).toBe(true);
  });

  it('rejects each broken item with its line and name', () => {
    expect(rejected).toEqual([
      'line 9, item #1 in "Items": has no name',
      'line 11, item "No Homepage": has no homepage_url',
      'line 16, item "Foo": homepage_url is not an http(s) URL',
      'line 19, item "Script": homepage_url is not an http(s) URL',
      'line 35, item #8 in "Items": is not a mapping (expected name:, homepage_url:, …)',
      'line 39, item "twice": duplicate name: "Twice" is already listed at line 36 in the same subcategory',
      'line 47, item "Orphan": its category (line 42) has no name',
      'line 55, item "Lost": its subcategory (line 53) has no name',
    ]);
    expect(report.rejected.map((r) => r.item)).toContain('item #8 in "Items"');
  });

  it('shows items with minor problems, and warns', () => {
    expect(landscape.items.map((i) => i.name)).toEqual([
      'Bad Repo',
      'Beta Project',
      'Bad Dates',
      'Twice',
      'Twice',
    ]);
    expect(landscape.items[0]?.repoUrl).toBeNull();
    // Another foundation's maturity word: shown, kept, no CNCF status.
    expect(landscape.items[1]).toMatchObject({
      status: null,
      maturity: 'beta',
    });
    expect(landscape.items[0]).not.toHaveProperty('maturity');
    expect(landscape.items[2]?.dates).toEqual({
      accepted: null,
      incubating: null,
      graduated: null,
      archived: null,
    });
    expect(warnings).toEqual([
      'line 23, item "Bad Repo": repo_url is not an http(s) URL; shown without it',
      'line 27, item "Beta Project": project status "beta" is not one of graduated, incubating, sandbox or archived: the file\'s own maturity level, on this item only; shown as a status of its own, with no CNCF status',
      'line 33, item "Bad Dates": extra.accepted "2021-02-30" is not a date (expected YYYY-MM-DD); left out',
      'line 34, item "Bad Dates": extra.incubating "last spring" is not a date (expected YYYY-MM-DD); left out',
      'line 42, category #2: has no name; its items are rejected',
      'line 53, subcategory #1 of "Half Named": has no name; its items are rejected',
      'line 61, item "Twice": duplicate name: also listed at line 36 (Broken / Items); both are shown',
    ]);
  });
});

describe('importLandscape on files that are not landscapes', () => {
  it.each([
    [
      'a mapping without landscape:',
      'title: My notes\nitems: []\n',
      'it has no "landscape:" (or "categories:") list',
    ],
    ['a plain list', '- a\n- b\n', 'its top level is not a mapping'],
    ['plain text', 'Hello, world\n', 'its top level is not a mapping'],
    ['an empty file', '', 'its top level is not a mapping'],
    [
      'landscape: as a string',
      'landscape: soon\n',
      'it has no "landscape:" (or "categories:") list',
    ],
    [
      'two YAML documents',
      'landscape: []\n---\nlandscape: []\n',
      'it holds 2 YAML documents',
    ],
  ])('gives one clear message for %s', (_, source, detail) => {
    const failure = failureOf(importLandscape(source, OPTIONS));
    expect(failure.message).toBe(
      `bad.yml is not a landscape file: ${detail}. A landscape file has a top-level "landscape:" list of categories, as in the CNCF landscape's landscape.yml.`,
    );
  });

  it("notes a maturity word of the file's own once, with how many items use it", () => {
    const member = (name: string) => [
      `          - name: ${name}`,
      `            homepage_url: https://${name.toLowerCase()}.example.org/`,
      '            project: member',
    ];
    const source = [
      'categories:',
      '  - name: Members',
      '    subcategories:',
      '      - name: Gold',
      '        items:',
      ...member('Acme'),
      ...member('Bolt'),
      ...member('Cord'),
    ].join('\n');
    const result = importLandscape(source, OPTIONS);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.itemsShown).toBe(3);
    expect(result.report.problems.map(formatProblem)).toEqual([
      'line 8, item "Acme": project status "member" is not one of graduated, incubating, sandbox or archived: the file\'s own maturity level, on 3 items, this one first; shown as a status of its own, with no CNCF status',
    ]);
  });

  it('names lists it cannot read where items or subcategories belong', () => {
    const source = [
      'landscape:',
      '  - category:',
      '    name: Flat',
      '    items:',
      '      - name: Direct',
      '        homepage_url: https://direct.example.org/',
      '  - category:',
      '    name: Normal',
      '    subcategories:',
      '      - subcategory:',
      '        name: Sub',
      '        items:',
      '          - name: Kept',
      '            homepage_url: https://kept.example.org/',
      '      - subcategory:',
      '        name: Typo',
      '        item:',
      '          - name: Lost',
      '            homepage_url: https://lost.example.org/',
      '          - name: Also Lost',
      '            homepage_url: https://also.example.org/',
    ].join('\n');
    const result = importLandscape(source, OPTIONS);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.itemsShown).toBe(1);
    expect(result.report.problems.map(formatProblem)).toEqual([
      'line 5, category "Flat": has no subcategories: list; the entry under "items:" is not read',
      'line 18, subcategory "Typo": has no items: list; the 2 entries under "item:" are not read',
    ]);
  });

  it('says when a category name stands twice, and shows both parts together', () => {
    const category = (sub: string, item: string) => [
      '  - category:',
      '    name: Tools',
      '    subcategories:',
      '      - subcategory:',
      `        name: ${sub}`,
      '        items:',
      `          - name: ${item}`,
      `            homepage_url: https://${item.toLowerCase()}.example.org/`,
    ];
    const source = [
      'landscape:',
      ...category('Editors', 'Vim'),
      ...category('Shells', 'Bash'),
    ].join('\n');
    const result = importLandscape(source, OPTIONS);
    if (!result.ok) throw new Error(result.message);
    expect(result.landscape.categories).toEqual([
      { name: 'Tools', subcategories: ['Editors', 'Shells'] },
    ]);
    expect(result.report.problems.map(formatProblem)).toEqual([
      'line 10, category "Tools": stands twice (also at line 2); its subcategories are shown together',
    ]);
  });

  it('reads an item whose fields stand under its "item:" marker', () => {
    const source = [
      'landscape:',
      '  - category:',
      '    name: Tools',
      '    subcategories:',
      '      - subcategory:',
      '        name: Editors',
      '        items:',
      '          - item:',
      '              name: Vim',
      '              homepage_url: https://www.vim.org/',
      '              repo_url: vim',
    ].join('\n');
    const result = importLandscape(source, OPTIONS);
    if (!result.ok) throw new Error(result.message);
    expect(result.landscape.items.map((i) => i.name)).toEqual(['Vim']);
    expect(result.report.problems.map(formatProblem)).toEqual([
      'line 11, item "Vim": repo_url is not an http(s) URL; shown without it',
    ]);
  });

  it('reads a file whose list of categories is under "categories:" (landscape2)', () => {
    const source = [
      'categories:',
      '  - name: Tools',
      '    subcategories:',
      '      - name: Editors',
      '        items:',
      '          - name: Vim',
      '            homepage_url: https://www.vim.org/',
      '            project: emeritus',
    ].join('\n');
    const { landscape } = importOk(source);
    expect(landscape.items).toEqual([
      expect.objectContaining({
        name: 'Vim',
        category: 'Tools',
        subcategory: 'Editors',
        status: null,
        maturity: 'emeritus',
      }),
    ]);
  });

  it('names the line of a YAML syntax error', () => {
    const source = 'landscape:\n  - category:\n    name: A\n   bad: indent\n';
    const failure = failureOf(importLandscape(source, OPTIONS));
    expect(failure.message).toMatch(/^bad\.yml is not valid YAML at line 4\.$/);
    expect(failure.problems[0]?.line).toBe(4);
    expect(formatProblem(failure.problems[0]!)).toMatch(
      /^line 4: YAML syntax error: /,
    );
  });

  it('reports a category that is not a mapping without failing the file', () => {
    const { report } = importOk(
      'landscape:\n  - just text\n  - name: C\n    subcategories:\n      - name: S\n        items:\n          - name: A\n            homepage_url: https://a.io\n',
    );
    expect(report.itemsRead).toBe(1);
    expect(report.problems.map(formatProblem)).toEqual([
      'line 2, category #1: is not a mapping (expected name: and subcategories:)',
    ]);
  });

  it('fails, listing the problems, when nothing in the file is an item', () => {
    const failure = failureOf(
      importLandscape('landscape:\n  - just text\n', OPTIONS),
    );
    expect(failure.message).toBe(
      'bad.yml has no items to show; its first problem: category #1 is not a mapping (expected name: and subcategories:) (line 2).',
    );
    expect(failure.problems.map(formatProblem)).toEqual([
      'line 2, category #1: is not a mapping (expected name: and subcategories:)',
    ]);
  });
});

describe('repeated names and spoofed names', () => {
  const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
  const entry = (name: string) => [
    `          - name: ${name}`,
    '            homepage_url: https://x.example/',
  ];

  it('rejects the second X in subcategory B even when X stands in A first', () => {
    const source = yaml(
      'landscape:',
      '  - name: C',
      '    subcategories:',
      '      - name: A',
      '        items:',
      ...entry('X'),
      '      - name: B',
      '        items:',
      ...entry('X'),
      ...entry('X'),
    );
    const { landscape, report } = importOk(source);
    expect(landscape.items.map((i) => `${i.subcategory}:${i.id}`)).toEqual([
      'A:x',
      'B:x-c',
    ]);
    expect(
      report.rejected.flatMap((r) => r.reasons.map(formatProblem)),
    ).toEqual([
      'line 12, item "X": duplicate name: "X" is already listed at line 10 in the same subcategory',
    ]);
    expect(report.problems.map(formatProblem)).toEqual([
      'line 10, item "X": duplicate name: also listed at line 6 (C / A); both are shown',
    ]);
  });

  it('strips bidi controls from item, category and subcategory names', () => {
    const source = yaml(
      'landscape:',
      '  - name: "Cat\\u202Eegory"',
      '    subcategories:',
      '      - name: "\\u2066Sub\\u2069"',
      '        items:',
      '          - name: "Evil\\u202Etxt.exe\\u200F"',
      '            homepage_url: https://x.example/',
    );
    const { landscape } = importOk(source);
    expect(landscape.categories).toEqual([
      { name: 'Category', subcategories: ['Sub'] },
    ]);
    expect(landscape.items[0]).toMatchObject({
      name: 'Eviltxt.exe',
      category: 'Category',
      subcategory: 'Sub',
    });
  });

  it('rejects homepage URLs with credentials', () => {
    const source = yaml(
      'landscape:',
      '  - name: C',
      '    subcategories:',
      '      - name: A',
      '        items:',
      '          - name: Spoof',
      '            homepage_url: https://trusted.example@evil.example/',
      ...entry('Fine'),
    );
    const { report } = importOk(source);
    expect(
      report.rejected.flatMap((r) => r.reasons.map(formatProblem)),
    ).toEqual(['line 7, item "Spoof": homepage_url is not an http(s) URL']);
  });
});
