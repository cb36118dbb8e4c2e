/**
 * Performance marks of the app's start, written in instrumented builds
 * (src/config/instrument.ts) and read by the bench. Plain constants: the
 * bench imports them in Node.
 */
export const APP_MARKS = {
  /** A prerendered page's query cache filled from its HTML. */
  dataHydrated: 'app:data-hydrated',
  /**
   * The first render's effects have run (the App's effect runs after its
   * children's): key handlers and listeners are in place.
   */
  interactive: 'app:interactive',
} as const;
