/**
 * Generates the link-preview card images (`public/cards/<card>.png`,
 * 1200 × 630) from the shipped data: each card is an SVG built by
 * src/prerender/card-svg.ts, rasterised in Chromium. Run after the data
 * changes: `npm run cards`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { chromium } from '@playwright/test';

import { AnnouncementListSchema } from '@/features/announcements/schemas';
import { EventOverviewSchema } from '@/features/event/schemas';
import {
  LandscapeIndexSchema,
  LandscapeSchema,
} from '@/features/landscape/schemas';
import { AwardsSchema } from '@/features/leaderboard/schemas';
import { parseData } from '@/lib/fetch-json';
import { EventCatalogSchema } from '@/lib/schemas/event-catalog';
import { CARD_SIZE, cardSvg } from '@/prerender/card-svg';
import { formatFigureValue, formatNumber } from '@/utils/format';

import type { CardContent } from '@/prerender/card-svg';
import type * as v from 'valibot';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'public/data');
const OUT = path.join(ROOT, 'public/cards');
const DEFAULT_CATEGORY = 'Observability and Analysis';

async function read<S extends v.GenericSchema>(file: string, schema: S) {
  const text = await readFile(path.join(DATA, file), 'utf8');
  return parseData(JSON.parse(text), schema, { file, url: file });
}

/** How many of each value, in first-seen order. */
function countBy<T>(items: T[], key: (item: T) => string | null) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts];
}

async function cardContents(): Promise<CardContent[]> {
  const catalog = await read('v1/events.json', EventCatalogSchema);
  const event = catalog.events.find((e) => e.id === catalog.featured);
  if (!event)
    throw new Error(`events.json: featured: no event "${catalog.featured}"`);
  const dir = `v1/events/${event.id}`;
  const overview = await read(`${dir}/overview.json`, EventOverviewSchema);
  const list = await read(`${dir}/announcements.json`, AnnouncementListSchema);
  const awards = await read(`${dir}/awards.json`, AwardsSchema);
  const index = await read('v1/landscape/index.json', LandscapeIndexSchema);
  const whole = await read('v1/landscape/all.json', LandscapeSchema);
  const category = index.categories.find((c) => c.name === DEFAULT_CATEGORY);
  const podium = awards.categories[0];
  const byYear = countBy(
    [...whole.items].sort((a, b) =>
      (a.dates.accepted ?? '').localeCompare(b.dates.accepted ?? ''),
    ),
    (i) => i.dates.accepted?.slice(0, 4) ?? null,
  );
  const kinds = new Map(countBy(list.announcements, (a) => a.kind));
  return [
    {
      card: 'overview',
      title: event.shortName,
      subtitle: event.name,
      chart: {
        kind: 'figures',
        bars: overview.figures.slice(0, 3).map((f) => ({
          label: f.label,
          value: f.value ?? 0,
          note:
            f.value === null
              ? 'not published'
              : formatFigureValue({ ...f, value: f.value }),
        })),
      },
    },
    {
      card: 'announcements',
      title: 'Announcements',
      subtitle: `From ${event.shortName}, each with its sources`,
      chart: {
        kind: 'figures',
        bars: [
          { label: 'announcements', value: list.announcements.length },
          { label: 'kinds', value: kinds.size },
          { label: 'sources cited', value: list.sources.length },
        ],
      },
    },
    {
      card: 'awards',
      title: podium?.name ?? 'Awards',
      subtitle: `Award winners at ${event.shortName}`,
      chart: {
        kind: 'podium',
        bars: (podium?.winners ?? []).slice(0, 3).map((w, i) => ({
          label: w.name,
          value: 3 - i,
          note: String(i + 1),
        })),
      },
    },
    {
      card: 'landscape',
      title: DEFAULT_CATEGORY,
      subtitle: `${formatNumber(category?.items ?? 0)} items of the CNCF landscape, by subcategory`,
      chart: {
        kind: 'bars',
        bars: (category?.subcategories ?? []).map((s) => ({
          label: s.name,
          value: s.items,
        })),
      },
    },
    {
      card: 'timeline',
      title: 'Ten years of CNCF projects',
      subtitle: 'Landscape items accepted into the CNCF, by year of acceptance',
      chart: {
        kind: 'bars',
        bars: byYear.map(([year, value]) => ({
          label: `’${year.slice(2)}`,
          value,
        })),
      },
    },
    {
      card: 'site',
      title: 'CNCF Explorer',
      subtitle: `${event.name} at a glance`,
      chart: {
        kind: 'figures',
        bars: [
          { label: 'announcements', value: list.announcements.length },
          { label: 'awards', value: awards.categories.length },
          {
            label: 'landscape items',
            value: index.items,
            note: formatNumber(index.items),
          },
        ],
      },
    },
  ];
}

async function main() {
  const contents = await cardContents();
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({
      viewport: CARD_SIZE,
    });
    for (const content of contents) {
      await page.setContent(
        `<body style="margin:0">${cardSvg(content)}</body>`,
      );
      const png = await page.screenshot({ type: 'png' });
      const file = path.join(OUT, `${content.card}.png`);
      await writeFile(file, png);
      console.info(
        `${path.relative(ROOT, file)}: ${formatNumber(png.length)} bytes`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
