import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';

type Dates = Partial<LandscapeItem['dates']>;

/** A landscape item for tests: only what the timeline reads matters. */
export function testItem(
  name: string,
  status: LandscapeItem['status'],
  dates: Dates,
  category = 'Observability and Analysis',
): LandscapeItem {
  return {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    category,
    subcategory: 'Observability',
    description: null,
    homepageUrl: 'https://example.org/',
    repoUrl: null,
    logo: null,
    secondPaths: [],
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

/** Five projects with known histories, and a product that is no CNCF project. */
export const TIMELINE_FIXTURE: Landscape = {
  schemaVersion: 1,
  name: 'Test landscape',
  asOf: '2026-08-07',
  origin: null,
  sources: [],
  categories: [],
  items: [
    testItem('Prometheus', 'graduated', {
      accepted: '2016-05-09',
      incubating: '2016-05-09',
      graduated: '2018-08-09',
    }),
    testItem('OpenTelemetry', 'graduated', {
      accepted: '2019-05-07',
      incubating: '2021-08-26',
      graduated: '2026-05-11',
    }),
    testItem('OpenMetrics', 'archived', {
      accepted: '2018-08-10',
      incubating: '2022-02-03',
      archived: '2024-07-02',
    }),
    testItem('Kepler', 'sandbox', { accepted: '2023-05-17' }),
    testItem(
      'Flux',
      'graduated',
      {
        accepted: '2019-07-15',
        incubating: '2021-03-11',
        graduated: '2022-11-30',
      },
      'App Definition and Development',
    ),
    testItem('Some Product', null, {}),
  ],
};
