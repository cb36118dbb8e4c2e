/**
 * Performance marks the timeline page emits; `npm run bench` reads them
 * (keep the names stable). The data-parsed mark is the landscape's own
 * (`landscape:data-parsed`), made when the shipped file is validated.
 */
export const TIMELINE_MARKS = {
  /** The chart's model (the day-by-day series, the move totals) starts (mark) and how long it took (measure). */
  modelStart: 'timeline:model-start',
  model: 'timeline:model',
  /** The rest of the model (the moves, the stats), in the deferred render: start and duration. */
  listModelStart: 'timeline:list-model-start',
  listModel: 'timeline:list-model',
  /** The first frame showing the chart for a landscape was painted. */
  painted: 'timeline:painted',
  /** The first frame showing the rest too (moves, stats, the chart's table). */
  allPainted: 'timeline:all-painted',
} as const;
