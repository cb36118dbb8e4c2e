import { useEffect, useRef, useState } from 'react';

import { isEmbedHeightMessage } from '@/features/leaderboard/embed/embed-messages';
import { useElementWidth } from '@/hooks/use-element-width';
import { useHydrated } from '@/hooks/use-render-context';

export type PreviewFrameProps = {
  /** Same-origin URL of the embed with its options. */
  src: string;
  title: string;
  /** The host page's background behind the frame (a CSS colour). */
  hostBackground: string;
  /** The width the embed lays itself out at, in CSS px. */
  width: number;
  initialHeight: number;
};

/** Padding of the host page around the frame, in CSS px (Tailwind p-3). */
const HOST_PADDING = 12;

/**
 * One embed on a stand-in host page, laid out at `width` and scaled down
 * (never cropped) to the space there is. The frame is sized from its height
 * messages, as the loader does on a real page.
 */
export function PreviewFrame({
  src,
  title,
  hostBackground,
  width,
  initialHeight,
}: PreviewFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  const [height, setHeight] = useState<number | null>(null);
  const hydrated = useHydrated();
  const frameHeight = height ?? initialHeight;
  const room = boxWidth - 2 * HOST_PADDING;
  // Before the first measurement (and in tests without layout) show 1:1.
  const scale = room > 0 ? Math.min(1, room / width) : 1;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      if (event.source !== frame.current?.contentWindow) return;
      if (isEmbedHeightMessage(event.data)) setHeight(event.data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <figure className="min-w-0">
      <div
        ref={boxRef}
        data-preview-host=""
        className="overflow-hidden rounded-lg border border-slate-300 dark:border-slate-600"
        // A plain host page: no colour scheme of its own, whatever this
        // site's theme, so a transparent embed shows through as it would there.
        style={{
          background: hostBackground,
          padding: HOST_PADDING,
          colorScheme: 'light',
        }}
      >
        <div
          className="mx-auto overflow-hidden"
          style={{ width: width * scale, height: frameHeight * scale }}
        >
          <iframe
            // A prerendered frame may report its height before this page
            // listens: once hydrated, a new frame loads and reports again
            // (without JavaScript the first one stays, unsized).
            key={hydrated ? 'live' : 'prerendered'}
            ref={frame}
            src={src}
            title={title}
            width={width}
            height={frameHeight}
            className="block origin-top-left border-0"
            style={{ transform: `scale(${scale})` }}
          />
        </div>
      </div>
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {height === null
          ? `At the snippet’s fixed height, ${initialHeight} px, until the embed reports its own`
          : `Sized to its content: ${height} px tall at ${width} px wide`}
        {scale < 1 && `, shown at ${Math.round(scale * 100)} %`}.
      </figcaption>
    </figure>
  );
}
