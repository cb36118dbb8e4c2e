import { useCallback, useSyncExternalStore } from 'react';

function subscribe(listener: () => void) {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

const isFullscreen = () => document.fullscreenElement !== null;
const noSubscription = () => () => undefined;

/** Fullscreen state and toggles (the API needs a user gesture to enter). */
export function useFullscreen() {
  const active = useSyncExternalStore(subscribe, isFullscreen, () => false);
  // Not known on the server: a prerendered booth hydrates without the
  // button, then shows it where the browser has full screen.
  const supported = useSyncExternalStore(
    noSubscription,
    () => document.fullscreenEnabled === true,
    () => false,
  );

  const enter = useCallback(() => {
    if (!document.fullscreenEnabled || document.fullscreenElement) return;
    // Refusals (no gesture, iframe without allow="fullscreen") are harmless:
    // the loop runs in the window instead.
    document.documentElement.requestFullscreen().catch(() => {});
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, []);

  return { active, supported, enter, exit };
}
