import { phoneContentHeight } from '../layout/chart-size';

import type { ChartContent } from '../layout/chart-size';

/** The chart's width on a 390 px phone (the page's side padding off), px. */
const PHONE_CHART_WIDTH = 358;

/**
 * The chart's frame on a prerendered page before the app has measured it:
 * the size the chart will take (layout/chart-size.ts: a 5:3 box within the
 * window and at least 440 px tall; on phones 70% of the window, 440–640 px,
 * or what the content asks for at a 390 px phone's chart width),
 * so the chart takes this place without pushing the page down, and the
 * page's first paint is its final layout. Only with scripting on: without
 * JavaScript the table stands here instead. It says what is coming, in
 * small type, so it never is the page's largest paint.
 */
export function ChartPlaceholder({ content }: { content: ChartContent }) {
  const needed = Math.round(phoneContentHeight(PHONE_CHART_WIDTH, content));
  return (
    <div
      aria-hidden="true"
      data-chart-placeholder=""
      style={{ '--chart-needed': `${needed}px` } as React.CSSProperties}
      className="hidden aspect-[5/3] max-h-[calc(100vh-120px)] min-h-[440px] animate-pulse place-content-center rounded-lg border border-slate-300 bg-slate-50 text-center text-sm text-slate-600 max-sm:aspect-auto max-sm:h-[max(min(640px,max(440px,70vh)),var(--chart-needed))] max-sm:max-h-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 [@media(scripting:enabled)]:grid"
    >
      Drawing the chart…
    </div>
  );
}
