import { useCallback, useState } from 'react';

export type ElementSize = { width: number; height: number };

/**
 * The content size of an element, kept up to date by a ResizeObserver.
 * Returns a callback ref; sizes are 0 until the first measurement.
 */
export function useElementSize<T extends HTMLElement>() {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const width = Math.floor(rect.width);
      const height = Math.floor(rect.height);
      setSize((s) =>
        s.width === width && s.height === height ? s : { width, height },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}
