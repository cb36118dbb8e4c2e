import {
  announcementsFixture,
  awardsFixture,
  catalogFixture,
  overviewFixture,
} from '../fixtures/event-data';
import { jsonResource } from './json-resource';

export const catalogHandler = jsonResource({
  name: 'catalog',
  path: '*/v1/events.json',
  fixture: catalogFixture,
  violate: (c) => ({
    ...c,
    events: c.events.map((e, i) =>
      i === 0 ? { ...e, startDate: '12 Nov 2024' } : e,
    ),
  }),
  empty: (c) => c,
});

export const overviewHandler = jsonResource({
  name: 'overview',
  path: '*/v1/events/:eventId/overview.json',
  fixture: overviewFixture,
  violate: (o) => ({
    ...o,
    figures: o.figures.map((f, i) => (i === 0 ? { ...f, value: '9,000+' } : f)),
  }),
  empty: (o) => ({ ...o, figures: [], keynotes: [], themes: [], days: [] }),
});

export const announcementsHandler = jsonResource({
  name: 'announcements',
  path: '*/v1/events/:eventId/announcements.json',
  fixture: announcementsFixture,
  violate: (l) => ({
    ...l,
    announcements: l.announcements.map((a, i) =>
      i === 1 ? { ...a, kind: 'rumour' } : a,
    ),
  }),
  empty: (l) => ({ ...l, announcements: [] }),
});

export const awardsHandler = jsonResource({
  name: 'awards',
  path: '*/v1/events/:eventId/awards.json',
  fixture: awardsFixture,
  violate: (a) => ({
    ...a,
    categories: a.categories.map((c, i) =>
      i === 0
        ? {
            ...c,
            winners: c.winners.map((w, j) =>
              j === 2 ? { ...w, rank: 'third' } : w,
            ),
          }
        : c,
    ),
  }),
  empty: (a) => ({ ...a, categories: [] }),
});
