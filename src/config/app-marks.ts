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
  /**
   * The first render's effects have run (the App's effect runs after its
   * children's): key handlers and listeners are in place.
   */
  interactive: 'app:interactive',
} as const;
