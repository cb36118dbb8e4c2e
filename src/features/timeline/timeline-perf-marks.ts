/**
 * Performance marks the timeline page emits; `npm run bench` reads them
 * (keep the names stable). The data-parsed mark is the landscape's own
 * (`landscape:data-parsed`), made when the shipped file is validated.
 */
export const TIMELINE_MARKS = {
  /** The pure model (moves, day-by-day series, stats) starts (mark) and how long it took (measure). */
  modelStart: 'timeline:model-start',
  model: 'timeline:model',
  /** React committed the page for a landscape. */
  commit: 'timeline:commit',
  /** The frame showing it was painted. */
  painted: 'timeline:painted',
} as const;
