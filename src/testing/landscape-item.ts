import type { LandscapeItem } from '@/features/landscape/schemas';

type Dates = Partial<LandscapeItem['dates']>;

/** A landscape item for tests, with the name, status and dates that matter. */
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
