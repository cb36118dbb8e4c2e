import {
  landscapeIndexFixture,
  loadCategoryFixture,
  loadWholeFixture,
} from '../fixtures/landscape-data';
import { jsonResource } from './json-resource';

import type { Landscape } from '@/features/landscape/schemas';

export const landscapeIndexHandler = jsonResource({
  name: 'landscape-index',
  path: '*/v1/landscape/index.json',
  fixture: landscapeIndexFixture,
  violate: (index) => ({
    ...index,
    categories: index.categories.map((c, i) =>
      i === 0 ? { ...c, items: 'many' } : c,
    ),
  }),
  empty: (index) => ({ ...index, items: 0, categories: [] }),
});

const breakFirstDate = (l: Landscape) => ({
  ...l,
  items: l.items.map((item, i) =>
    i === 0
      ? { ...item, dates: { ...item.dates, accepted: '9 May 2016' } }
      : item,
  ),
});

export const landscapeWholeHandler = jsonResource<Landscape>({
  name: 'landscape',
  path: '*/v1/landscape/all.json',
  fixture: () => loadWholeFixture(),
  violate: breakFirstDate,
  empty: (l) => ({ ...l, items: [] }),
});

export const landscapeCategoryHandler = jsonResource<Landscape>({
  name: 'landscape',
  path: '*/v1/landscape/categories/:file',
  fixture: ({ file }) => loadCategoryFixture(String(file)),
  violate: breakFirstDate,
  empty: (l) => ({ ...l, items: [] }),
});
