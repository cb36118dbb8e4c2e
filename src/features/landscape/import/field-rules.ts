import { CNCF_STATUSES } from '@/lib/schemas/cncf-status';

import type { CncfStatus } from '@/lib/schemas/cncf-status';

/** The app's one URL check; re-exported for the importer's readers. */
export { isHttpUrl } from '@/utils/url';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 2021-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const STATUS_SET: ReadonlySet<string> = new Set(CNCF_STATUSES);

export function isCncfStatus(text: string): text is CncfStatus {
  return STATUS_SET.has(text);
}

export const STATUS_LIST_TEXT = 'graduated, incubating, sandbox or archived';
