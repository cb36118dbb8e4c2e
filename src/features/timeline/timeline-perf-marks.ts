/**
 * Performance marks the timeline page emits; `npm run bench` reads them
 * (keep the names stable). The data-parsed mark is the landscape's own
 * (`landscape:data-parsed`), made when the shipped file is validated.
 */
export const TIMELINE_MARKS = {
  /** The pure model (moves, day-by-day series, stats) starts (mark) and how long it took (measure). */
  modelStart: 'timeline:model-start',
  model: 'timeline:model',
  /** The first frame showing the chart for a landscape was painted. */
  painted: 'timeline:painted',
  /** The first frame showing the rest too (moves, stats, the chart's table). */
  allPainted: 'timeline:all-painted',
} as const;
