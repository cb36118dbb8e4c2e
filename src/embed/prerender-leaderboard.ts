import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { AwardsSchema } from '@/features/leaderboard/schemas';
import { EventCatalogSchema, featuredEvent } from '@/lib/event-catalog';
import { parseData } from '@/lib/fetch-json';

import { renderLeaderboardPage } from './render-leaderboard-page';

export type PrerenderInput = {
  /** The `public/data` folder. */
  dataDir: string;
  css: string;
  scriptSrc: string;
};

async function readData<S extends Parameters<typeof parseData>[1]>(
  dataDir: string,
  file: string,
  schema: S,
) {
  const fullPath = path.join(dataDir, file);
  const text = await readFile(fullPath, 'utf8');
  // parseData throws a DataError naming the file and the field at fault,
  // which fails the build with a clear message.
  return parseData(JSON.parse(text), schema, { file, url: fullPath });
}

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
