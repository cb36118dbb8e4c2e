/** The app's permanent public URLs. */
export const paths = {
  home: '/',
  announcements: '/announcements',
  announcement: (id: string) => `/announcements/${encodeURIComponent(id)}`,
  awards: '/awards',
  landscape: '/landscape',
  embedLeaderboard: '/embed/leaderboard',
  booth: '/booth',
  boothSetup: '/booth/setup',
} as const;

export const SITE_NAME = 'CNCF Explorer';

/** `Awards` → `Awards · CNCF Explorer`. */
export function pageTitle(title?: string): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}
