import { useSyncExternalStore } from 'react';

import { dataUrl } from '@/config/env';
import { isDataReachable, subscribeReachability } from '@/lib/connectivity';

const subscribe = (listener: () => void) =>
  subscribeReachability(listener, dataUrl('v1/events.json'));

/**
 * Whether the app can reach its data: the browser is online
 * (`navigator.onLine`) and the data host answered the last request or
 * check (src/lib/connectivity.ts).
 */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine && isDataReachable(),
    () => true,
  );
}
