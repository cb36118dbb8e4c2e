/** How often a shown badge checks whether the data host answers. */
const REACHABILITY_CHECK_MS = 30_000;
const CHECK_TIMEOUT_MS = 8_000;

let reachable = true;
const listeners = new Set<() => void>();

/**
 * Records whether the data host just answered. `navigator.onLine` only
 * says a network is joined: on Wi-Fi with no internet it stays true while
 * every request fails, so the app also counts what its requests do.
 */
export function reportReachable(ok: boolean): void {
  if (reachable === ok) return;
  reachable = ok;
  for (const listener of listeners) listener();
}

/** Whether the last data request (or check) reached the data host. */
export function isDataReachable(): boolean {
  return reachable;
}

/**
 * Asks the data host for `fileUrl`'s headers, past every cache (the
 * service worker precaches the file itself, not this URL with its query).
 * Any HTTP answer counts as reachable. (No env import here: build plugins
 * load fetch-json, and with it this module, outside Vite.)
 */
async function checkReachable(fileUrl: string): Promise<void> {
  const url = `${fileUrl}?reachable=${Date.now()}`;
  try {
    await fetch(url, {
      method: 'HEAD',
      cache: 'no-store',
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    reportReachable(true);
  } catch {
    reportReachable(false);
  }
}

/**
 * Subscribes to changes, and checks the host now, every
 * REACHABILITY_CHECK_MS while the page is visible, and whenever the
 * browser says it went online or offline.
 */
export function subscribeReachability(
  listener: () => void,
  fileUrl: string,
): () => void {
  listeners.add(listener);
  const check = () => {
    // Offline per the browser already: nothing to learn, and a failed check
    // would only add a console error.
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    void checkReachable(fileUrl);
  };
  check();
  const timer = window.setInterval(check, REACHABILITY_CHECK_MS);
  window.addEventListener('online', check);
  window.addEventListener('offline', listener);
  window.addEventListener('online', listener);
  return () => {
    listeners.delete(listener);
    window.clearInterval(timer);
    window.removeEventListener('online', check);
    window.removeEventListener('offline', listener);
    window.removeEventListener('online', listener);
  };
}
