import { originalFileNotice } from './original-file-notice';

/** Vitest global setup: say once which tests do not run, and why. */
export default function setup(): void {
  const notice = originalFileNotice();
  if (notice) console.info(notice);
}
