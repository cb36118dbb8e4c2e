import { useCallback, useState } from 'react';

/**
 * The width of an element (whole px), kept up to date by a ResizeObserver.
 * Returns a callback ref; `initial` (a good guess saves a second render)
 * until the first measurement. Only the width
 * counts: a chart growing inside the element must not re-render it.
 */
export function useElementWidth<T extends HTMLElement>(initial = 0) {
  const [width, setWidth] = useState(initial);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const measure = () =>
      setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
