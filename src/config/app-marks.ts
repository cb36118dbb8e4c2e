/**
 * Performance marks of the app's start, written in instrumented builds
 * (src/config/instrument.ts) and read by the bench. Plain constants: the
 * bench imports them in Node.
 */
export const APP_MARKS = {
  /**
   * The app's code has been evaluated and starts (React, the router and
   * every module of the entry are loaded): a prerendered page's largest
   * paint comes before it.
   */
  started: 'app:started',
  /** A prerendered page's query cache filled from its HTML. */
  dataHydrated: 'app:data-hydrated',
} as const;

/**
 * Set on `<html>` once the page's route has rendered and run its effects
 * (src/hooks/use-app-ready.ts): its handlers are in place.
 * Until then the stylesheet lets script-only controls of a prerendered
 * page ignore the pointer (src/styles/index.css), and tests wait for it
 * before a keyboard shortcut. An attribute, not a mark: a page with a fake
 * clock (which replaces `performance`) can still be asked.
 */
export const APP_READY_ATTRIBUTE = 'data-app-ready';
