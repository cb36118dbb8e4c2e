import { useSyncExternalStore } from 'react';

import { SITE_URL } from '@/config/env';

const noSubscription = () => () => undefined;
const siteOrigin = () => new URL(SITE_URL).origin;

/**
 * The origin the reader sees the app on: `VITE_SITE_URL`'s when the page is
 * prerendered (and while it hydrates), the browser's own after that, so a
 * copy of the site on another host gives out its own links.
 */
export function useSiteOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    siteOrigin,
  );
}
