/**
 * The CNCF landscape's data is Apache-2.0, or alternatively CC BY 4.0,
 * which asks for this credit wherever the data is shown.
 */
export const LANDSCAPE_LICENCE = {
  licence: 'Apache-2.0 or CC BY 4.0',
  attribution: 'CNCF landscape, cncf/landscape',
} as const;
