import { useCallback, useState } from 'react';

export type ChartBox = {
  width: number;
  height: number;
  /** The box's font size, px: booth type follows the screen size. */
  fontPx: number;
};

/**
 * The size and font size of the box a booth chart fills, kept up to date
 * by a ResizeObserver. Returns a callback ref; sizes are 0 until measured.
 */
export function useChartBox<T extends HTMLElement>() {
  const [box, setBox] = useState<ChartBox>({ width: 0, height: 0, fontPx: 16 });
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const next = {
        width: Math.floor(rect.width),
        height: Math.floor(rect.height),
        fontPx: parseFloat(getComputedStyle(element).fontSize) || 16,
      };
      setBox((b) =>
        b.width === next.width &&
        b.height === next.height &&
        b.fontPx === next.fontPx
          ? b
          : next,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, box] as const;
}
