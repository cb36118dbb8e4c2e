import { useCallback, useState } from 'react';

/**
 * Reads an element now and whenever it resizes (ResizeObserver). Returns a
 * callback ref and the last reading; `initial` until the first one (a good
 * guess saves a second render). A reading `same` as the last keeps state.
 */
function useMeasure<T extends HTMLElement, M>(
  read: (element: T) => M,
  initial: M,
  same: (a: M, b: M) => boolean = Object.is,
) {
  const [value, setValue] = useState(initial);
  // `read` and `same` are module-level functions: measured once per element.
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const measure = () => {
      const next = read(element);
      setValue((last) => (same(last, next) ? last : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [ref, value] as const;
}

const readWidth = (element: HTMLElement) =>
  Math.floor(element.getBoundingClientRect().width);

/**
 * The width of an element (whole px). Only the width counts: a chart
 * growing inside the element must not re-render it.
 */
export function useElementWidth<T extends HTMLElement>(initial = 0) {
  return useMeasure<T, number>(readWidth, initial);
}

/** Size and font size (px; booth type follows the screen size). */
export type ChartBox = { width: number; height: number; fontPx: number };

function readBox(element: HTMLElement): ChartBox {
  const rect = element.getBoundingClientRect();
  return {
    width: Math.floor(rect.width),
    height: Math.floor(rect.height),
    fontPx: parseFloat(getComputedStyle(element).fontSize) || 16,
  };
}

const EMPTY_BOX: ChartBox = { width: 0, height: 0, fontPx: 16 };
const sameBox = (a: ChartBox, b: ChartBox) =>
  a.width === b.width && a.height === b.height && a.fontPx === b.fontPx;

/** The size and font size of the box a booth chart fills; 0 until measured. */
export function useChartBox<T extends HTMLElement>() {
  return useMeasure<T, ChartBox>(readBox, EMPTY_BOX, sameBox);
}
