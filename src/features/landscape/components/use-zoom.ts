import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';

import type { ViewTransform } from '../layout/navigate';
import type { ZoomBehavior } from 'd3-zoom';

/** How far in the reader can zoom, × the fitted view. */
export const MAX_ZOOM = 12;
/** Zoom step of the buttons and + / − keys. */
export const ZOOM_STEP = 1.6;

const IDENTITY: ViewTransform = { x: 0, y: 0, k: 1 };

/**
 * Binds d3-zoom to the chart surface (SVG or canvas) and keeps only its transform in React state
 * (React still owns every node). Wheel zooms only with Ctrl/⌘ (and
 * trackpad pinch, which sends Ctrl), and touch pans only with two fingers,
 * so the page still scrolls over the chart. `resetKey` changes (a new
 * layout) return to the fitted view.
 */
export function useZoom(
  surfaceRef: React.RefObject<Element | null>,
  width: number,
  height: number,
  resetKey: unknown,
) {
  const [transform, setTransform] = useState<ViewTransform>(IDENTITY);
  const behaviorRef = useRef<ZoomBehavior<Element, unknown> | null>(null);

  useEffect(() => {
    const svg = surfaceRef.current;
    if (!svg || width <= 0 || height <= 0) return;
    const behavior = zoom<Element, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
        if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) {
          return event.touches.length >= 2;
        }
        return !(event instanceof MouseEvent && event.button);
      })
      .on('zoom', (event: { transform: ViewTransform }) => {
        const { x, y, k } = event.transform;
        // Same view, same object: nothing re-renders or redraws.
        setTransform((t) =>
          t.x === x && t.y === y && t.k === k ? t : { x, y, k },
        );
      });
    const selection = select(svg);
    selection.call(behavior);
    // d3-zoom disables touch scrolling; one finger should scroll the page.
    (svg as Element & ElementCSSInlineStyle).style.touchAction = 'pan-x pan-y';
    behaviorRef.current = behavior;
    selection.call(behavior.transform, zoomIdentity);
    return () => {
      selection.on('.zoom', null);
      behaviorRef.current = null;
    };
  }, [surfaceRef, width, height, resetKey]);

  const apply = useCallback(
    (fn: (behavior: ZoomBehavior<Element, unknown>, svg: Element) => void) => {
      const svg = surfaceRef.current;
      const behavior = behaviorRef.current;
      if (svg && behavior) fn(behavior, svg);
    },
    [surfaceRef],
  );

  const zoomBy = useCallback(
    (factor: number) => apply((b, svg) => select(svg).call(b.scaleBy, factor)),
    [apply],
  );
  const reset = useCallback(
    () => apply((b, svg) => select(svg).call(b.transform, zoomIdentity)),
    [apply],
  );
  const moveTo = useCallback(
    (t: ViewTransform) =>
      apply((b, svg) =>
        select(svg).call(
          b.transform,
          zoomIdentity.translate(t.x, t.y).scale(t.k),
        ),
      ),
    [apply],
  );
  return { transform, zoomBy, reset, moveTo };
}
