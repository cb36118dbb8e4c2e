import { useEffect, useRef } from 'react';

import { createIdleTimer } from '../model/idle-timer';

/** What counts as a visitor being there. */
const ACTIVITY_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
] as const;

/**
 * Calls `onIdle` after `timeoutMs` without input anywhere in the window, and
 * `onActive` on the first input after that. Listeners and the timer go away
 * on unmount.
 */
export function useIdleCallback(
  timeoutMs: number,
  onIdle: () => void,
  onActive?: () => void,
): void {
  const handlers = useRef({ onIdle, onActive });
  useEffect(() => {
    handlers.current = { onIdle, onActive };
  });

  useEffect(() => {
    const timer = createIdleTimer({
      timeoutMs,
      onIdle: () => handlers.current.onIdle(),
      onActive: () => handlers.current.onActive?.(),
    });
    const poke = () => timer.poke();
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, poke, { passive: true });
    }
    return () => {
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, poke);
      }
      timer.dispose();
    };
  }, [timeoutMs]);
}
