import { observabilityFixture } from '../fixtures/landscape-data';
import { jsonResource } from './json-resource';

export const landscapeHandler = jsonResource({
  name: 'landscape',
  path: '*/v1/landscape/:id.json',
  fixture: observabilityFixture,
  violate: (l) => ({
    ...l,
    items: l.items.map((item, i) =>
      i === 0
        ? { ...item, dates: { ...item.dates, accepted: '9 May 2016' } }
        : item,
    ),
  }),
  empty: (l) => ({ ...l, items: [] }),
});
