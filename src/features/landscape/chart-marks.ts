/**
 * Performance marks the landscape emits; `npm run bench` and the e2e
 * whole-landscape spec read them (keep the names stable).
 */
export const LANDSCAPE_MARKS = {
  /** A landscape file was fetched, parsed and validated. */
  parsed: 'landscape:data-parsed',
  /** The d3 layout starts (mark) and how long it took (measure). */
  layoutStart: 'landscape:layout-start',
  layout: 'landscape:layout',
  /** React committed the chart for a new layout. */
  commit: 'landscape:commit',
  /** The frame showing that layout was painted. */
  painted: 'landscape:painted',
  /** The canvas drew more logos than its previous frame (they arrive after the names). */
  logosDrawn: 'landscape:logos-drawn',
} as const;
