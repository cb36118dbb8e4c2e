import { useSyncExternalStore } from 'react';

/**
 * What a prerendered page was rendered with: the build day and the site's
 * origin (VITE_SITE_URL). Set by the prerenderer, and by the client from
 * the page's state before it hydrates.
 */
export type RenderContext = { renderedOn: string; origin: string };

let rendered: RenderContext | null = null;

/** Today's date as an ISO string in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function setRenderContext(context: RenderContext | null): void {
  rendered = context;
}

const noSubscription = () => () => undefined;

/**
 * Today as an ISO date (UTC). A prerendered page shows its build day and
 * hydrates with the same, then moves to the reader's day, so the markup
 * matches what the client first renders.
 */
export function useToday(): string {
  return useSyncExternalStore(
    noSubscription,
    () => todayIso(),
    () => rendered?.renderedOn ?? todayIso(),
  );
}

/**
 * The origin the reader sees the app on, for links to copy: the built
 * site's while a prerendered page hydrates, the browser's own after that
 * (a copy of the site on another host gives out its own links).
 */
export function useSiteOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => rendered?.origin ?? window.location.origin,
  );
}

/**
 * False while a prerendered page hydrates, true from the render after (and
 * at once on a page the client renders itself).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
