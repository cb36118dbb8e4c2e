// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { parseFilters, toggleValue, writeFilters } from './url-state';

describe('URL state', () => {
  it('reads kinds, organisations and the query', () => {
    const parsed = parseFilters(
      new URLSearchParams('kind=partnership&kind=product&org=CNCF&q=otel'),
    );
    expect(parsed).toEqual({
      filters: {
        kinds: ['product', 'partnership'],
        orgs: ['CNCF'],
        q: 'otel',
      },
      unknownKinds: [],
    });
  });

  it('sets aside kinds it does not know', () => {
    expect(
      parseFilters(new URLSearchParams('kind=rumour&kind=event')).unknownKinds,
    ).toEqual(['rumour']);
  });

  it('writes a canonical URL and keeps foreign params', () => {
    const params = writeFilters(
      { kinds: ['partnership', 'product'], orgs: ['Adobe'], q: 'flatcr' },
      new URLSearchParams('msw=slow&q=old&kind=event'),
    );
    expect(params.toString()).toBe(
      'msw=slow&kind=product&kind=partnership&org=Adobe&q=flatcr',
    );
  });

  it('leaves out empty values', () => {
    expect(writeFilters({ kinds: [], orgs: [], q: '  ' }).toString()).toBe('');
  });

  it('round-trips', () => {
    const filters = {
      kinds: ['event' as const],
      orgs: ['Kubernetes'],
      q: 'a b',
    };
    expect(parseFilters(writeFilters(filters)).filters).toEqual(filters);
  });

  it('toggles a value, ignoring case', () => {
    expect(toggleValue(['CNCF'], 'Adobe')).toEqual(['CNCF', 'Adobe']);
    expect(toggleValue(['CNCF', 'Adobe'], 'cncf')).toEqual(['Adobe']);
  });
});
