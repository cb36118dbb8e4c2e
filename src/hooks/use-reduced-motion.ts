import { useMediaQuery } from './use-media-query';

/** Whether the reader asked the system for less motion. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
