// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { formatProblem } from './format-problem';
import { importLandscape } from './import-landscape';

import type { ImportResult } from './import-types';

const OPTIONS = { fileName: 'x.yml', asOf: '2026-08-07' };

/** Seven lines down to an `items:` list; items then start on line 8. */
const HEAD = [
  'landscape:',
  '  - category:',
  '    name: C',
  '    subcategories:',
  '      - subcategory:',
  '        name: S',
  '        items:',
].join('\n');

const doc = (...itemLines: string[]) =>
  `${HEAD}\n${itemLines.map((l) => `          ${l}`).join('\n')}\n`;

function problemsOf(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${result.message}`);
  const { report } = result;
  expect(report.itemsRead).toBe(report.itemsShown + report.itemsRejected);
  return [...report.rejected.flatMap((r) => r.reasons), ...report.problems].map(
    formatProblem,
  );
}

function failureOf(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return {
    message: result.message,
    problems: result.problems.map(formatProblem),
  };
}

const read = (source: string) => importLandscape(source, OPTIONS);

describe('line numbers of items and fields', () => {
  it('counts comments and blank lines', () => {
    const source = doc(
      '# a comment',
      '',
      '- item:',
      '  # a note',
      '  name: A',
      '',
      '  homepage_url: nope',
    );
    expect(problemsOf(read(source))).toEqual([
      'line 14, item "A": homepage_url is not an http(s) URL',
    ]);
  });

  it('places items and fields of flow-style mappings', () => {
    const source = doc(
      '- {name: F, homepage_url: "ftp://x"}',
      '- {name: G, homepage_url: https://g.io, project: weird}',
    );
    expect(problemsOf(read(source))).toEqual([
      'line 8, item "F": homepage_url is not an http(s) URL',
      'line 9, item "G": project status "weird" is not one of graduated, incubating, sandbox or archived: the file\'s own maturity level, on this item only; shown as a status of its own, with no CNCF status',
    ]);
    const oneLine =
      'landscape: [{name: C, subcategories: [{name: S, items: [{name: A, homepage_url: bad}]}]}]\n';
    expect(problemsOf(read(oneLine))).toEqual([
      'line 1, item "A": homepage_url is not an http(s) URL',
    ]);
  });

  it('gives an aliased item or field the line of its anchor', () => {
    const source = doc(
      '- &base',
      '  name: Base',
      '  homepage_url: https://b.io',
      '- *base',
      '- name: X',
      '  homepage_url: &u bad-url',
      '- name: Y',
      '  homepage_url: *u',
      '- name: Z',
      '  homepage_url: *nowhere',
    );
    expect(problemsOf(read(source))).toEqual([
      'line 9, item "Base": duplicate name: "Base" is already listed at line 9 in the same subcategory',
      'line 13, item "X": homepage_url is not an http(s) URL',
      'line 13, item "Y": homepage_url is not an http(s) URL',
      // An alias without an anchor reads as nothing, as it did before.
      'line 17, item "Z": has no homepage_url',
    ]);
  });

  it('places block scalars at their header and counts their lines', () => {
    const source = doc(
      '- name: M',
      '  description: |',
      '    line one',
      '    line two',
      '  homepage_url: >-',
      '    not',
      '    a url',
      '- name: "Quoted\\tName"',
      "  'homepage_url': 'https://q.io'",
      '  repo_url: bad',
    );
    expect(problemsOf(read(source))).toEqual([
      'line 12, item "M": homepage_url is not an http(s) URL',
      'line 17, item "Quoted\tName": repo_url is not an http(s) URL; shown without it',
    ]);
  });

  it('places empty entries at their dash', () => {
    const source = doc('-', '- name: Z', '  homepage_url: https://z.io', '-');
    expect(problemsOf(read(source))).toEqual([
      'line 8, item #1 in "S": is not a mapping (expected name:, homepage_url:, …)',
      'line 11, item #3 in "S": is not a mapping (expected name:, homepage_url:, …)',
    ]);
    // No item at all: the file fails, listing what it found.
    const failure = failureOf(read('landscape:\n  -\n  - name: Q\n'));
    expect(failure.problems).toEqual([
      'line 2, category #1: is not a mapping (expected name: and subcategories:)',
      'line 3, category "Q": has no subcategories: list',
    ]);
  });

  it('counts lines the same in a file with CRLF line endings', () => {
    const source = doc(
      '# c',
      '',
      '- name: A',
      '  homepage_url: bad',
      '- name: B',
      '  homepage_url: https://b.io',
      '  extra:',
      '    accepted: 2020-13-01',
    ).replace(/\n/g, '\r\n');
    expect(problemsOf(read(source))).toEqual([
      'line 11, item "A": homepage_url is not an http(s) URL',
      'line 15, item "B": extra.accepted "2020-13-01" is not a date (expected YYYY-MM-DD); left out',
    ]);
  });

  it('reads tabs after a colon as spaces', () => {
    const source = doc(
      '- name:\tT',
      '  homepage_url:\thttps://t.io',
      '  repo_url:\tnot-a-url',
    );
    expect(problemsOf(read(source))).toEqual([
      'line 10, item "T": repo_url is not an http(s) URL; shown without it',
    ]);
  });

  it('reads numbers and booleans as written, and plain nulls as nothing', () => {
    const source = doc(
      '- name: 1.10',
      '  homepage_url: https://n.io',
      '  project: true',
      '- name: ~',
      '  homepage_url: https://n2.io',
      '- name: "null"',
      '  homepage_url: https://n3.io',
    );
    expect(problemsOf(read(source))).toEqual([
      'line 11, item #2 in "S": has no name',
      'line 10, item "1.10": project status "true" is not one of graduated, incubating, sandbox or archived: the file\'s own maturity level, on this item only; shown as a status of its own, with no CNCF status',
    ]);
  });
});

describe('YAML errors, each with its line', () => {
  it('rejects a repeated key in a mapping, naming both lines', () => {
    const source = doc(
      '- name: D',
      '  name: E',
      '  homepage_url: https://d.io',
    );
    expect(failureOf(read(source))).toEqual({
      message: 'x.yml is not valid YAML at line 9.',
      problems: [
        'line 9: YAML syntax error: duplicate key "name" in a mapping (first at line 8)',
      ],
    });
  });

  it('counts every repeated key', () => {
    const source = doc('- {a: 1, a: 2}', '- {b: 1, b: 2}');
    expect(failureOf(read(source)).message).toBe(
      'x.yml is not valid YAML at line 8 (2 errors).',
    );
  });

  it('rejects tabs used as indentation', () => {
    const source = `${HEAD}\n          - name: T\n\t    homepage_url: https://t.io\n`;
    expect(failureOf(read(source)).problems).toEqual([
      'line 9: YAML syntax error: tab characters must not be used in indentation',
    ]);
  });

  it('names the line of an unclosed flow list in a CRLF file', () => {
    const failure = failureOf(read('a: 1\r\nlandscape: [a, b\r\n'));
    expect(failure.message).toBe('x.yml is not valid YAML at line 3.');
  });
});
