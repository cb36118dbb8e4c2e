/**
 * The CNCF's maturity levels, shared by every view that shows a project's
 * status (the landscape, the timeline, the booth).
 */

/** CNCF maturity levels; `null` in the data means "not a CNCF project". */
export const CNCF_STATUSES = [
  'graduated',
  'incubating',
  'sandbox',
  'archived',
] as const;
export type CncfStatus = (typeof CNCF_STATUSES)[number];

/** Status as shown in the chart: a CNCF level or `none`. */
export type DisplayStatus = CncfStatus | 'none';

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  graduated: 'Graduated',
  incubating: 'Incubating',
  sandbox: 'Sandbox',
  archived: 'Archived',
  none: 'Not a CNCF project',
};
