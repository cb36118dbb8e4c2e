import type { Landscape } from '../../src/features/landscape/schemas';

type Item = Landscape['items'][number];

function project(
  name: string,
  subcategory: string,
  status: Item['status'],
  dates: Partial<Item['dates']>,
  homepageUrl: string,
): Item {
  return {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    category: 'Observability and Analysis',
    subcategory,
    description: null,
    homepageUrl,
    repoUrl: null,
    status,
    dates: {
      accepted: null,
      incubating: null,
      graduated: null,
      archived: null,
      ...dates,
    },
  };
}

/**
 * A small landscape for booth journeys, served in place of
 * `observability.json` (facts from the shared facts sheet; the real file
 * is produced by the landscape importer).
 */
export const landscapeFixture = {
  schemaVersion: 1,
  name: 'CNCF landscape: Observability and Analysis',
  asOf: '2026-08-01',
  sources: [
    {
      title: 'CNCF landscape data file',
      kind: 'landscape',
      url: null,
      note: 'Test subset',
    },
  ],
  categories: [
    {
      name: 'Observability and Analysis',
      subcategories: [
        'Observability',
        'Continuous Optimization',
        'Chaos Engineering',
        'Feature Flagging',
      ],
    },
  ],
  items: [
    project(
      'Prometheus',
      'Observability',
      'graduated',
      {
        accepted: '2016-05-09',
        incubating: '2016-05-09',
        graduated: '2018-08-09',
      },
      'https://prometheus.io/',
    ),
    project(
      'OpenTelemetry',
      'Observability',
      'graduated',
      {
        accepted: '2019-05-07',
        incubating: '2021-08-26',
        graduated: '2026-05-11',
      },
      'https://opentelemetry.io/',
    ),
    project(
      'HolmesGPT',
      'Observability',
      'sandbox',
      { accepted: '2025-10-08' },
      'https://holmesgpt.dev',
    ),
    project(
      'Skooner',
      'Observability',
      'archived',
      { accepted: '2021-01-26', archived: '2024-10-24' },
      'https://skooner.io/',
    ),
    project('Grafana', 'Observability', null, {}, 'https://grafana.com/'),
    project(
      'OpenCost',
      'Continuous Optimization',
      'incubating',
      { accepted: '2022-06-17', incubating: '2024-10-25' },
      'https://www.opencost.io/',
    ),
    project(
      'Chaos Mesh',
      'Chaos Engineering',
      'incubating',
      { accepted: '2020-07-14', incubating: '2022-02-16' },
      'https://chaos-mesh.org/',
    ),
    project(
      'OpenFeature',
      'Feature Flagging',
      'incubating',
      { accepted: '2022-06-17', incubating: '2023-11-21' },
      'https://openfeature.dev/',
    ),
  ],
} satisfies Landscape;
