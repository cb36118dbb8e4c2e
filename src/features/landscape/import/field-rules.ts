import { CNCF_STATUSES } from '@/features/landscape/schemas';

import type { CncfStatus } from '@/features/landscape/schemas';

const HTTP_PREFIX = /^https?:\/\//i;
/**
 * URLs the URL parser always accepts: a host of ASCII letters, digits,
 * dots and dashes whose last label starts with a letter (so it is not an
 * IPv4 number), a port of up to four digits, then anything without spaces.
 * Nearly every URL in a landscape is one; `new URL` costs about 5 µs a
 * call in a fresh worker, 25 ms for the CNCF file.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#]\S*)?$/i;
/** Punycode labels can fail to decode: the URL parser decides those. */
const PUNYCODE = /xn--/i;

/** True for an absolute http(s) URL with a host: what may become a link. */
export function isHttpUrl(text: string): boolean {
  if (!HTTP_PREFIX.test(text)) return false;
  if (PLAIN_HTTP_URL.test(text) && !PUNYCODE.test(text)) return true;
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== ''
    );
  } catch {
    return false;
  }
}

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
