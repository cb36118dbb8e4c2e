import type { Workbox } from 'workbox-window';

/**
 * The service worker (built by vite-plugin-pwa) precaches the app and its
 * data so every page works offline after one visit. A new deployment waits
 * (registerType `prompt`) until the app says it is a good moment: booth
 * mode asks at each return to its attract screen, never mid-slide.
 */
let workbox: Workbox | undefined;
let updateWaiting = false;
let lastUpdateCheck = 0;
let applyingHere = false;
let staleBuild = false;

/**
 * Whether another tab applied a new deployment since this page loaded: the
 * new service worker controls this tab now, and this tab's code names
 * chunks the new build does not have. The router then loads the next page
 * as a fresh document (src/lib/stale-build.ts).
 */
export function isBuildStale(): boolean {
  return staleBuild;
}

function watchForTakeover(): void {
  // The very first install claims the page too (clientsClaim): that is not
  // a new build, only the first service worker.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && !applyingHere) staleBuild = true;
  });
}

export async function registerServiceWorker(scriptUrl: string): Promise<void> {
  if (!('serviceWorker' in navigator) || workbox) return;
  watchForTakeover();
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(scriptUrl);
  wb.addEventListener('waiting', () => {
    updateWaiting = true;
  });
  workbox = wb;
  lastUpdateCheck = Date.now();
  try {
    await wb.register();
  } catch {
    // Registration can be refused (private windows, blocked by policy):
    // the site keeps working online, only without the offline cache.
  }
}

/**
 * Activates a waiting deployment and reloads into it. Returns false (and
 * does nothing) when there is none. Other open tabs are not stranded: they
 * notice the takeover and load their next page in full (isBuildStale), and
 * a chunk that still fails to load reloads once (src/lib/stale-build.ts).
 */
export function applyPendingUpdate(): boolean {
  const wb = workbox;
  if (!wb || !updateWaiting) return false;
  applyingHere = true;
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
  return true;
}

/**
 * Asks the server for a newer service worker, at most once per
 * `minIntervalMs`. A booth page never navigates, so the browser's own
 * check on navigation would never run.
 */
export function checkForUpdate(minIntervalMs: number, now = Date.now()): void {
  if (!workbox || now - lastUpdateCheck < minIntervalMs) return;
  lastUpdateCheck = now;
  workbox.update().catch(() => {
    // Offline: try again at a later return to the attract screen.
  });
}
