import { useEffect, useRef, useState } from 'react';

/** The booth is designed for this screen; the preview scales it down. */
const SCREEN_WIDTH_PX = 1920;
const SCREEN_HEIGHT_PX = 1080;

export type BoothPreviewProps = { src: string };

/** The real booth page in a frame, scaled to fit like a 1080p screen. */
export function BoothPreview({ src }: BoothPreviewProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.3);

  useEffect(() => {
    const element = box.current;
    // jsdom has no ResizeObserver; the preview then keeps its first scale.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setScale(entry.contentRect.width / SCREEN_WIDTH_PX);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={box}
      className="relative aspect-video w-full overflow-hidden rounded-xl border-2 border-slate-300 dark:border-slate-700"
    >
      <iframe
        key={src}
        src={src}
        title="Preview of the booth screen"
        width={SCREEN_WIDTH_PX}
        height={SCREEN_HEIGHT_PX}
        className="absolute top-0 left-0 origin-top-left border-0"
        style={{ transform: `scale(${scale})` }}
      />
    </div>
  );
}
