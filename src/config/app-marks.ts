/**
 * Performance marks of the app's start, written in instrumented builds
 * (src/config/instrument.ts) and read by the bench. Plain constants: the
 * bench imports them in Node.
 */
export const APP_MARKS = {
  /** A prerendered page's query cache filled from its HTML. */
  dataHydrated: 'app:data-hydrated',
} as const;
