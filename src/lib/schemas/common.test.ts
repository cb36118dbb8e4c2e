// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { LandscapeItemSchema } from '@/features/landscape/schemas';
import { WinnerSchema } from '@/features/leaderboard/schemas';

import { NameSchema } from './common';

describe('NameSchema', () => {
  it('strips bidi controls from names and refuses a name made only of them', () => {
    expect(v.parse(NameSchema, 'Evil\u202Etxt.exe')).toBe('Eviltxt.exe');
    expect(v.safeParse(NameSchema, '\u202E\u2066').success).toBe(false);
  });

  it('is what the data schemas accept for names', () => {
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
