import { testItem } from '@/testing/landscape-item';

import type { Landscape } from '@/features/landscape/schemas';

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
