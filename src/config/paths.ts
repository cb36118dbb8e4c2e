/** The app's permanent public URLs. */
export const paths = {
  home: '/',
  announcements: '/announcements',
  announcement: (id: string) => `/announcements/${encodeURIComponent(id)}`,
  awards: '/awards',
  awardsEmbed: '/awards/embed',
  landscape: '/landscape',
  timeline: '/landscape/timeline',
  booth: '/booth',
  boothSetup: '/booth/setup',
} as const;

/**
 * `?source=<http(s) URL>` or `?source=local`: the landscape the landscape
 * pages show instead of the shipped one (features/landscape/import).
 */
export const LANDSCAPE_SOURCE_PARAM = 'source';

/** A landscape page's path showing `source` (none: the shipped data). */
export function withLandscapeSource(path: string, source: string | null) {
  return source
    ? `${path}?${new URLSearchParams({ [LANDSCAPE_SOURCE_PARAM]: source })}`
    : path;
}

const SITE_NAME = 'CNCF Explorer';

/** `Awards` → `Awards · CNCF Explorer`. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}

/**
 * Files generated at build time from the data (src/build/feeds-plugin.ts).
 * They are plain files, not routes: link to them with `<a href>`.
 */
export const FEED_PATHS = {
  atom: '/announcements/feed.xml',
  json: '/announcements/feed.json',
  calendar: '/events.ics',
} as const;
