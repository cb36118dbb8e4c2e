/**
 * In-page scripts for the landscape chart bench, run with `page.evaluate`
 * (so they must not use anything from their module scope).
 */

export type FrameSequence = {
  /** `requestAnimationFrame` to `requestAnimationFrame`, one input per frame. */
  intervals: number[];
  /** Input dispatched → React rendered, style and layout done (no paint). */
  work: number[];
};

export type FrameScript = {
  kind: 'zoom' | 'pan';
  steps: number;
  /** Ctrl+wheel `deltaY` per step: zoom in for half the steps, then out. */
  wheelDelta: number;
  /** Pan: the pointer circles the chart centre with these radii (CSS px). */
  radiusX: number;
  radiusY: number;
};

/**
 * Zooms (Ctrl+wheel at the centre, as a trackpad pinch sends it) or pans
 * (mouse drag in a circle) the chart with one input event per frame, the
 * way d3-zoom receives them, and times every frame.
 */
export async function runFrameScript(
  script: FrameScript,
): Promise<FrameSequence> {
  const svg = document.querySelector('[data-chart]');
  if (!svg) throw new Error('no chart on the page');
  const box = svg.getBoundingClientRect();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  const task = () => new Promise<void>((r) => setTimeout(r));
  const mouse = (type: string, x: number, y: number, target: EventTarget) =>
    target.dispatchEvent(
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        view: window,
        clientX: x,
        clientY: y,
        button: 0,
      }),
    );
  const intervals: number[] = [];
  const work: number[] = [];
  if (script.kind === 'pan') mouse('mousedown', cx, cy, svg);
  let last = await frame();
  for (let i = 0; i < script.steps; i += 1) {
    const started = performance.now();
    if (script.kind === 'zoom') {
      const zoomIn = i < script.steps / 2;
      svg.dispatchEvent(
        new WheelEvent('wheel', {
          bubbles: true,
          cancelable: true,
          ctrlKey: true,
          deltaY: zoomIn ? -script.wheelDelta : script.wheelDelta,
          clientX: cx,
          clientY: cy,
        }),
      );
    } else {
      const angle = ((i + 1) / script.steps) * Math.PI * 2;
      mouse(
        'mousemove',
        cx + Math.sin(angle) * script.radiusX,
        cy + (1 - Math.cos(angle)) * script.radiusY,
        window,
      );
    }
    await task(); // React renders the new transform (scheduler task)
    svg.getBoundingClientRect(); // and style + layout are forced
    work.push(performance.now() - started);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  if (script.kind === 'pan') mouse('mouseup', cx, cy, window);
  return { intervals, work };
}

export type RenderTimes = {
  /** The chart's `landscape:layout` measure (d3 layout of every tile). */
  layout: number;
  /** Data parsed and validated → chart painted with that data. */
  firstRender: number;
};

/**
 * Reads the chart's own marks: the first layout and paint after the data
 * was parsed (later layouts, e.g. after a resize, are not the first render).
 */
export function readRenderTimes(marks: {
  parsed: string;
  layout: string;
  painted: string;
}): RenderTimes | null {
  const parsed = performance.getEntriesByName(marks.parsed, 'mark')[0];
  if (!parsed) return null;
  const after = (entries: PerformanceEntryList) =>
    entries.find((e) => e.startTime >= parsed.startTime);
  const layout = after(performance.getEntriesByName(marks.layout, 'measure'));
  const painted = after(performance.getEntriesByName(marks.painted, 'mark'));
  if (!layout || !painted) return null;
  return {
    layout: layout.duration,
    firstRender: painted.startTime - parsed.startTime,
  };
}
