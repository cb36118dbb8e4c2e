import { clsx } from 'clsx';

import type { ClassValue } from 'clsx';

/**
 * Joins conditional class names. (tailwind-merge was dropped: it weighs
 * about 7 KB gzipped on every page, and our components never pass
 * conflicting utilities.)
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
