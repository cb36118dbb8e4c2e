import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';

import { centerOn, isTileInView } from '../layout/navigate';
import { ZOOM_STEP } from './use-zoom';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { ViewTransform } from '../layout/navigate';

/** What the chart offers its page: focus on a tile. */
export type ChartHandle = {
  /** Focuses the chart's item list with `id` active (e.g. a closed panel's tile). */
  focusItem: (id: string) => void;
};

type ChartKeyboardOptions = {
  /** The settled tiles (the item list's order). */
  tiles: readonly TileNode[];
  transform: ViewTransform;
  width: number;
  height: number;
  zoomBy: (factor: number) => void;
  reset: () => void;
  moveTo: (t: ViewTransform) => void;
  /** Holds the item list (its `role="listbox"` element gets focus). */
  frameRef: React.RefObject<HTMLElement | null>;
  handleRef?: React.Ref<ChartHandle>;
};

/**
 * The chart's keyboard side: the item list's active tile (kept on screen
 * when zoomed in), whether the list has focus, the zoom keys (+, −, 0),
 * and the page's handle to focus a tile. Its callbacks are stable, so the
 * item list does not re-render on pan or zoom frames.
 */
export function useChartKeyboard(options: ChartKeyboardOptions) {
  const { zoomBy, reset, moveTo, frameRef } = options;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [listFocused, setListFocused] = useState(false);

  const viewRef = useRef(options);
  useLayoutEffect(() => {
    viewRef.current = options;
  });
  const activate = useCallback(
    (id: string | null) => {
      setActiveId(id);
      // Keep the keyboard-active tile on screen when zoomed in.
      const v = viewRef.current;
      const tile = v.tiles.find((t) => t.id === id);
      if (
        tile &&
        v.transform.k > 1 &&
        !isTileInView(tile, v.transform, v.width, v.height)
      ) {
        moveTo(centerOn(tile, v.transform, v.width, v.height));
      }
    },
    [moveTo],
  );

  useImperativeHandle(
    options.handleRef,
    (): ChartHandle => ({
      focusItem: (id) => {
        flushSync(() => setActiveId(id));
        frameRef.current
          ?.querySelector<HTMLElement>('[role="listbox"]')
          ?.focus();
      },
    }),
    [frameRef],
  );

  const chartKey = useCallback(
    (key: string) => {
      if (key === '+' || key === '=') zoomBy(ZOOM_STEP);
      else if (key === '-') zoomBy(1 / ZOOM_STEP);
      else if (key === '0') reset();
      else return false;
      return true;
    },
    [zoomBy, reset],
  );

  return { activeId, listFocused, setListFocused, activate, chartKey };
}
