import { useCallback, useSyncExternalStore } from 'react';

function subscribe(listener: () => void) {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

const isFullscreen = () => document.fullscreenElement !== null;

/** Fullscreen state and toggles (the API needs a user gesture to enter). */
export function useFullscreen() {
  const active = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const supported =
    typeof document !== 'undefined' && document.fullscreenEnabled === true;

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
