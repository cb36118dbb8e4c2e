/**
 * The chart's frame on a prerendered page before the app has measured it:
 * the size the chart will take (layout/chart-size.ts: a 5:3 box within the
 * window and at least 440 px tall; on phones 70% of the window, 440–640 px),
 * so the chart takes this place without pushing the page down, and the
 * page's first paint is its final layout. Only with scripting on: without
 * JavaScript the table stands here instead.
 */
export function ChartPlaceholder() {
  return (
    <div
      aria-hidden="true"
      data-chart-placeholder=""
      className="hidden aspect-[5/3] max-h-[calc(100vh-120px)] min-h-[440px] rounded-lg border border-slate-300 max-sm:aspect-auto max-sm:h-[min(640px,max(440px,70vh))] max-sm:max-h-none dark:border-slate-700 [@media(scripting:enabled)]:block"
    />
  );
}
