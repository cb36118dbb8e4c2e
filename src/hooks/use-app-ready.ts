import { useEffect } from 'react';

import { APP_READY_ATTRIBUTE } from '@/config/app-marks';

/**
 * Marks the app as ready on `<html>` once the calling component's first
 * render has run its effects. Called by the components at the top of each
 * route tree (the site layout, the booth, the route error): React runs
 * their effects after their children's, so every handler of the page is in
 * place by then. Rendering from scratch (a URL without its own prerendered
 * page) first shows a skeleton while the route's module loads; App's own
 * first effect would come too early.
 */
export function useAppReady(): void {
  useEffect(() => {
    document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
  }, []);
}
