import { useEffect, useRef, useState } from 'react';

import { isEmbedHeightMessage } from '@/lib/embed-messages';
import { cn } from '@/utils/cn';

import type { EmbedTheme } from '../embed-params';

export type EmbedPreviewProps = {
  /** Same-origin URL of the embed with its options. */
  src: string;
  initialHeight: number;
  /** The embed's theme: the backdrop matches it, as a host page would. */
  theme: EmbedTheme;
};

const LIGHT_BACKDROP =
  'bg-[repeating-conic-gradient(#e2e8f0_0_25%,#f8fafc_0_50%)]';
const DARK_BACKDROP =
  'bg-[repeating-conic-gradient(#1e293b_0_25%,#0f172a_0_50%)]';
const BACKDROPS: Record<EmbedTheme, string> = {
  light: LIGHT_BACKDROP,
  dark: DARK_BACKDROP,
  // Written out in full so Tailwind sees the class.
  auto: 'bg-[repeating-conic-gradient(#e2e8f0_0_25%,#f8fafc_0_50%)] dark:bg-[repeating-conic-gradient(#1e293b_0_25%,#0f172a_0_50%)]',
};

/** Device widths the preview offers, in CSS px. */
const PREVIEW_WIDTHS = [
  { id: 'phone', label: 'Phone', width: 360 },
  { id: 'tablet', label: 'Tablet', width: 768 },
  { id: 'desktop', label: 'Desktop', width: 1200 },
] as const;

/**
 * The embed as a host page would show it, at a chosen width, sized from its
 * height messages like the loader does. The checkerboard behind it shows
 * a transparent background.
 */
export function EmbedPreview({ src, initialHeight, theme }: EmbedPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [widthId, setWidthId] = useState<string>('phone');
  const [height, setHeight] = useState<number | null>(null);
  const width =
    PREVIEW_WIDTHS.find((w) => w.id === widthId)?.width ??
    PREVIEW_WIDTHS[0].width;

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
    <div>
      <fieldset className="mb-3">
        <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">
          Preview width
        </legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {PREVIEW_WIDTHS.map((option) => (
            <label key={option.id} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="preview-width"
                checked={widthId === option.id}
                onChange={() => setWidthId(option.id)}
                className="accent-accent-600 size-4"
              />
              {option.label} ({option.width} px)
            </label>
          ))}
        </div>
      </fieldset>
      <div
        tabIndex={0}
        role="region"
        aria-label="Preview of the embed"
        className={cn(
          'overflow-x-auto rounded-lg border border-slate-300 p-3 dark:border-slate-600',
          'bg-[length:20px_20px]',
          BACKDROPS[theme],
          'focus-visible:outline-accent-600 focus-visible:outline-2 focus-visible:outline-offset-2',
        )}
      >
        <iframe
          ref={frame}
          src={src}
          title="Preview of the embedded leaderboard"
          width={width}
          height={height ?? initialHeight}
          className="mx-auto block border-0"
        />
      </div>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {height === null
          ? `Shown at the snippet’s fixed height, ${initialHeight} px, until the embed reports its own.`
          : `Sized to its content: ${height} px tall at ${width} px wide.`}
      </p>
    </div>
  );
}
