import {
  announcementsHandler,
  awardsHandler,
  catalogHandler,
  overviewHandler,
} from './event';
import {
  landscapeCategoryHandler,
  landscapeIndexHandler,
  landscapeWholeHandler,
} from './landscape';

/** The one handler set used by Vitest, `npm run dev:mock` and e2e fault journeys. */
export const handlers = [
  catalogHandler,
  overviewHandler,
  announcementsHandler,
  awardsHandler,
  landscapeIndexHandler,
  landscapeCategoryHandler,
  landscapeWholeHandler,
];
