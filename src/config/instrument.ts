/**
 * Instrumentation for the benchmark and the end-to-end tests: performance
 * marks and the canvas's `data-drawn-*` counts. Only builds made with
 * `VITE_INSTRUMENT=true` (`npm run build:test`, which `npm test` and
 * `npm run bench` use) carry it; in the build users get (`npm run build`)
 * every call here is a constant-false branch that the minifier drops.
 */
export const INSTRUMENTED = import.meta.env.VITE_INSTRUMENT === 'true';

/** `performance.mark(name)` in instrumented builds. */
export function mark(name: string): void {
  if (INSTRUMENTED) performance.mark(name);
}

/** `performance.measure(name, start)` in instrumented builds. */
export function measure(name: string, start: string): void {
  if (INSTRUMENTED) performance.measure(name, start);
}
