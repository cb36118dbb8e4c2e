import { useSyncExternalStore } from 'react';

import { todayIso } from '@/utils/format';

/** The day a prerendered page was rendered on, set before it hydrates. */
let renderedOn: string | null = null;

/** Called by the prerenderer (build day) and the client before hydrating. */
export function setRenderedOn(day: string | null): void {
  renderedOn = day;
}

const noSubscription = () => () => undefined;

/**
 * Today as an ISO date (UTC). A prerendered page shows its build day and
 * hydrates with the same, then moves to the reader's day, so the markup
 * always matches what the client first renders.
 */
export function useToday(): string {
  return useSyncExternalStore(
    noSubscription,
    () => todayIso(),
    () => renderedOn ?? todayIso(),
  );
}
