import { paths } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { eventQueries } from '@/features/event/api/event-queries';
import {
  DEFAULT_CATEGORY,
  landscapeQueries,
} from '@/features/landscape/api/landscape-queries';
import { leaderboardQueries } from '@/features/leaderboard/api/leaderboard-queries';
import { catalogQueries, featuredEvent } from '@/lib/event-catalog';
import { formatNumber } from '@/utils/format';

import type { QueryClient } from '@tanstack/react-query';

/** The generated card image of a page type (`public/cards/<card>.png`). */
export type CardImage =
  'overview' | 'announcements' | 'awards' | 'landscape' | 'timeline' | 'site';

/** What a page's link preview says besides its title. */
export type PageMeta = {
  description: string;
  card: CardImage;
  /** Open Graph type: an announcement is an article. */
  type: 'website' | 'article';
};

/** Previews stay readable: chat apps cut descriptions near 200 characters. */
const MAX_DESCRIPTION = 200;

/** Cuts at a word boundary and marks the cut. */
export function clip(text: string, max = MAX_DESCRIPTION): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`;
}

function eventName(client: QueryClient): string {
  const catalog = client.getQueryData(catalogQueries.catalog().queryKey);
  return catalog ? featuredEvent(catalog).name : 'KubeCon + CloudNativeCon';
}

function announcementMeta(client: QueryClient, id: string): PageMeta | null {
  const list = client.getQueryData(announcementQueries.list().queryKey);
  const found = list?.data.announcements.find((a) => a.id === id);
  if (!found) return null;
  return {
    description: clip(found.summary),
    card: 'announcements',
    type: 'article',
  };
}

/**
 * The preview text of a prerendered page, from the data the page was
 * rendered with (so it never disagrees with the page). The title is the
 * one the route itself renders.
 */
export function pageMeta(pathname: string, client: QueryClient): PageMeta {
  const event = eventName(client);
  const site = (description: string, card: CardImage = 'site'): PageMeta => ({
    description,
    card,
    type: 'website',
  });
  if (pathname === paths.home) {
    const overview = client.getQueryData(eventQueries.overview().queryKey);
    return site(overview?.data.tagline ?? event, 'overview');
  }
  if (pathname === paths.announcements) {
    const list = client.getQueryData(announcementQueries.list().queryKey);
    const count = list
      ? `${formatNumber(list.data.announcements.length)} `
      : '';
    return site(
      `${count}announcements from ${event}: products, releases, partnerships and certifications, each with its sources.`,
      'announcements',
    );
  }
  const id = /^\/announcements\/([^/]+)$/.exec(pathname)?.[1];
  if (id) {
    const meta = announcementMeta(client, decodeURIComponent(id));
    if (meta) return meta;
  }
  if (pathname === paths.awards) {
    const awards = client.getQueryData(leaderboardQueries.awards().queryKey);
    const names = awards?.data.categories.map((c) => c.name).join(', ');
    return site(
      `The award winners at ${event}${names ? `: ${names}` : ''}.`,
      'awards',
    );
  }
  if (pathname === paths.awardsEmbed) {
    return site(
      `Put the award leaderboard of ${event} on your own site: choose the options, preview it on light and dark pages, copy the snippet.`,
      'awards',
    );
  }
  if (pathname === paths.landscape) {
    const index = client.getQueryData(landscapeQueries.index().queryKey);
    const category = index?.categories.find((c) => c.name === DEFAULT_CATEGORY);
    const count = category
      ? `${formatNumber(category.items)} projects and products`
      : 'The projects and products';
    return site(
      `${count} in the CNCF landscape's ${DEFAULT_CATEGORY} category, with each one's CNCF status on any date since 2016.`,
      'landscape',
    );
  }
  if (pathname === paths.timeline) {
    return site(
      'How many CNCF projects stood at each maturity level on every day since the first was accepted, and every move they made.',
      'timeline',
    );
  }
  if (pathname === paths.boothSetup) {
    return site(
      'Set up booth mode: a full-screen loop of the event, the awards, the announcements and the landscape for booth screens, working offline.',
    );
  }
  return site(
    `This page does not exist. ${event} at a glance: announcements, award winners and the CNCF landscape.`,
  );
}
