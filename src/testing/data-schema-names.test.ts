// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { LandscapeItemSchema } from '@/features/landscape/schemas';
import { WinnerSchema } from '@/features/leaderboard/schemas';

// The features' data schemas use the shared NameSchema (src/lib/schemas):
// checked here, where tests may read any feature, not in lib/ (which never
// imports a feature).
describe('names in the data schemas', () => {
  it('lose their bidi controls like NameSchema', () => {
    const item = v.parse(LandscapeItemSchema, {
      id: 'x',
      name: 'Pro\u202Emetheus',
      category: '\u2067Observability\u2069',
      subcategory: 'Obs\u200Eervability',
      description: null,
      homepageUrl: 'https://prometheus.io/',
      repoUrl: null,
      status: null,
      dates: {
        accepted: null,
        incubating: null,
        graduated: null,
        archived: null,
      },
      logo: null,
      secondPaths: [],
    });
    expect([item.name, item.category, item.subcategory]).toEqual([
      'Prometheus',
      'Observability',
      'Observability',
    ]);
    const winner = v.parse(WinnerSchema, {
      name: '\u202EAdobe',
      kind: 'organization',
      rank: 1,
      role: null,
      organization: null,
      reason: 'r',
      highlights: [],
      metrics: {},
      links: [],
    });
    expect(winner.name).toBe('Adobe');
  });
});
