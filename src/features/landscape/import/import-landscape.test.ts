// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { LandscapeSchema } from '@/features/landscape/schemas';

import smallYaml from './fixtures/small-landscape.yml?raw';
import { formatProblem } from './format-problem';
import { importLandscape } from './import-landscape';

import type { ImportOptions, ImportResult } from './import-types';

const OPTIONS: ImportOptions = { fileName: 'test.yml', asOf: '2026-08-07' };

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${result.message}`);
  expect(v.safeParse(LandscapeSchema, result.landscape).success).toBe(true);
  const { report } = result;
  expect(report.itemsRead).toBe(report.itemsShown + report.itemsRejected);
  expect(report.itemsShown).toBe(result.landscape.items.length);
  return result;
}

function expectFailure(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

describe('importLandscape on a valid file', () => {
  const { landscape, report } = expectOk(importLandscape(smallYaml, OPTIONS));

  it('maps every item, with or without the item: marker', () => {
    expect(landscape.items.map((i) => i.name)).toEqual([
      'Prometheus',
      'No Marker Tool',
      'C',
      'C++',
      'Prometheus',
    ]);
    expect(report).toMatchObject({
      itemsRead: 5,
      itemsRejected: 0,
      categories: 2,
      subcategories: 3,
      withSecondPath: 1,
    });
  });

  it('keeps empty subcategories in display order', () => {
    expect(landscape.categories[0]).toEqual({
      name: 'Observability and Analysis',
      subcategories: ['Observability', 'Feature Flagging'],
    });
  });

  it('reads status, dates, logo and second_path, ignoring other fields', () => {
    expect(landscape.items[0]).toEqual({
      id: 'prometheus',
      name: 'Prometheus',
      category: 'Observability and Analysis',
      subcategory: 'Observability',
      description: 'Monitoring system and time series database.',
      homepageUrl: 'https://prometheus.io/',
      repoUrl: 'https://github.com/prometheus/prometheus',
      status: 'graduated',
      dates: {
        accepted: '2016-05-09',
        incubating: '2016-05-09',
        graduated: '2018-08-09',
        archived: null,
      },
      logo: 'prometheus.svg',
      secondPaths: [],
    });
    expect(landscape.items[4]?.status).toBe('sandbox');
    expect(landscape.items[4]?.dates.accepted).toBe('2021-09-14');
    expect(landscape.items[1]).toMatchObject({
      description: null,
      repoUrl: null,
      status: null,
    });
    expect(landscape.items.find((i) => i.name === 'C++')?.secondPaths).toEqual([
      { category: 'Provisioning', subcategory: 'Automation' },
    ]);
  });

  it('gives stable, unique slug ids', () => {
    expect(landscape.items.map((i) => i.id)).toEqual([
      'prometheus',
      'no-marker-tool',
      'c',
      'c-plus-plus',
      'prometheus-provisioning',
    ]);
    expect(report.byStatus).toEqual({
      graduated: 1,
      incubating: 0,
      sandbox: 1,
      archived: 0,
      none: 3,
    });
  });

  it('reports a name repeated in another category as a warning only', () => {
    expect(report.problems.map(formatProblem)).toEqual([
      'line 45, item "Prometheus": duplicate name: also listed at line 9 (Observability and Analysis / Observability); both are shown',
    ]);
  });

  it('shows one category, matched case-insensitively, with the same ids', () => {
    const one = expectOk(
      importLandscape(smallYaml, { ...OPTIONS, category: 'provisioning ' }),
    );
    expect(one.landscape.name).toBe('test.yml: Provisioning');
    expect(one.landscape.items.map((i) => i.id)).toEqual([
      'prometheus-provisioning',
    ]);
    expect(one.report).toMatchObject({ itemsRead: 1, categories: 1 });
  });

  it('names the categories when the requested one does not exist', () => {
    const failure = expectFailure(
      importLandscape(smallYaml, { ...OPTIONS, category: 'Runtime' }),
    );
    expect(failure.message).toBe(
      'test.yml has no category "Runtime". Its categories are: "Observability and Analysis", "Provisioning".',
    );
  });

  it('reports progress from 0 to 1, never going back', () => {
    const seen: number[] = [];
    importLandscape(smallYaml, { ...OPTIONS, onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('importLandscape: whose statuses a file gives', () => {
  /** One category, one subcategory, the given items (YAML lines). */
  const fileWith = (...items: string[][]) =>
    [
      'landscape:',
      '  - category:',
      '    name: Tools',
      '    subcategories:',
      '      - subcategory:',
      '        name: Build',
      '        items:',
      ...items.flat().map((line) => `          ${line}`),
    ].join('\n');
  const item = (name: string, extra: string[]) => [
    '- item:',
    `  name: ${name}`,
    `  homepage_url: https://${name.toLowerCase()}.example.org/`,
    ...extra.map((line) => `  ${line}`),
  ];
  const CDF =
    'crunchbase: https://www.crunchbase.com/organization/continuous-delivery-foundation-cdf';
  const CNCF =
    'crunchbase: https://www.crunchbase.com/organization/cloud-native-computing-foundation';

  it.each([
    // The CDF names itself for its graduated projects; Helm is a CNCF
    // product listed there without a status.
    [
      "another foundation's projects",
      [
        item('Jenkins', ['project: graduated', CDF]),
        item('Spinnaker', ['project: graduated', CDF]),
        item('Helm', [CNCF]),
      ],
      true,
    ],
    ['maturity words of its own', [item('Vim', ['project: emeritus'])], true],
    [
      'CNCF projects',
      [
        item('Prometheus', ['project: graduated', CNCF]),
        item('Jenkins', [CDF]),
      ],
      false,
    ],
    [
      'no organisation for its projects',
      [item('Prometheus', ['project: graduated'])],
      false,
    ],
    ['no projects at all', [item('Acme', [CDF])], false],
  ])('a file with %s: foreign %s', (_, items, foreign) => {
    const { landscape, report } = expectOk(
      importLandscape(fileWith(...items), OPTIONS),
    );
    expect(report.foreign).toBe(foreign);
    expect(landscape.foreign ?? false).toBe(foreign);
  });
});
