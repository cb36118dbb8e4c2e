import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** Legend and filter order. */
export const STATUS_ORDER: readonly DisplayStatus[] = [
  'graduated',
  'incubating',
  'sandbox',
  'archived',
  'none',
];

/**
 * Status colours (Okabe–Ito based), as literal colours: the canvas and the
 * SVG exports draw with them, so they are not CSS custom properties.
 */
export const STATUS_COLORS: Record<DisplayStatus, string> = {
  graduated: '#0072b2',
  incubating: '#009e73',
  sandbox: '#e69f00',
  archived: '#7a7a7a',
  none: '#cc79a7',
};

/** Label colour on a filled tile, chosen for at least 4.5:1 contrast. */
export const STATUS_INK: Record<Exclude<DisplayStatus, 'none'>, string> = {
  graduated: '#ffffff',
  incubating: '#000000',
  sandbox: '#000000',
  archived: '#000000',
};

/** A pattern per status, so colour is never the only cue. */
export const STATUS_PATTERN: Record<
  DisplayStatus,
  'stripes' | 'dots' | 'cross' | null
> = {
  graduated: null,
  incubating: 'stripes',
  sandbox: 'dots',
  archived: 'cross',
  none: null,
};

export type ChartPalette = {
  background: string;
  text: string;
  muted: string;
  groupFill: string;
  groupStroke: string;
  /** Fill of a tile that is not a CNCF project. */
  plainTile: string;
  highlight: string;
};

export function chartPalette(theme: 'light' | 'dark'): ChartPalette {
  return theme === 'dark'
    ? {
        background: '#020617',
        text: '#f1f5f9',
        muted: '#cbd5e1',
        groupFill: '#0f172a',
        groupStroke: '#334155',
        plainTile: '#1e293b',
        highlight: '#8cb8f5',
      }
    : {
        background: '#ffffff',
        text: '#0f172a',
        muted: '#334155',
        groupFill: '#f8fafc',
        groupStroke: '#cbd5e1',
        plainTile: '#ffffff',
        highlight: '#0b5cad',
      };
}

/** Pattern ids are unique per chart: `<prefix>-stripes`. */
export function patternId(
  prefix: string,
  status: DisplayStatus,
): string | null {
  const pattern = STATUS_PATTERN[status];
  return pattern ? `${prefix}-${pattern}` : null;
}

/**
 * Status patterns (the chart, the timeline, exports): a cell of this
 * many layout px, in translucent dark ink. Here, not in the chart's style
 * module, so the timeline can draw them without loading the chart's layout.
 */
export const PATTERN_CELL = 6;
export const PATTERN_INK = 'rgba(0,0,0,0.45)';
/** Pattern strokes, layout px: stripes (rotated 45°), dot radius, cross. */
export const PATTERN_STROKE = { stripes: 1.5, dot: 1.1, cross: 1 } as const;
