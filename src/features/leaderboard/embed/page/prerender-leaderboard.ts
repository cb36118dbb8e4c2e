import { readData } from '@/lib/read-data';
import { EventCatalogSchema, featuredEvent } from '@/lib/schemas/event-catalog';

import { AwardsSchema } from '../../schemas';

import { renderLeaderboardPage } from './render-leaderboard-page';

export type PrerenderInput = {
  /** The `public/data` folder. */
  dataDir: string;
  css: string;
  scriptSrc: string;
};

/** Reads the featured event's awards (validated) and renders the embed page. */
export async function prerenderLeaderboard(
  input: PrerenderInput,
): Promise<string> {
  const catalog = await readData(
    input.dataDir,
    'v1/events.json',
    EventCatalogSchema,
  );
  const event = featuredEvent(catalog);
  const awards = await readData(
    input.dataDir,
    `v1/events/${event.id}/awards.json`,
    AwardsSchema,
  );
  return renderLeaderboardPage({
    awards,
    eventName: event.name,
    css: input.css,
    scriptSrc: input.scriptSrc,
  });
}
