import { useState } from 'react';

import { HOST_BACKGROUNDS } from '../embed-contrast';
import { PreviewFrame } from './preview-frame';

import type { HostKind } from '../embed-contrast';

export type EmbedPreviewProps = {
  /** Same-origin URL of the embed with its options. */
  src: string;
  initialHeight: number;
};

/** Device widths the preview offers, in CSS px. */
const PREVIEW_WIDTHS = [
  { id: 'phone', label: 'Phone', width: 360 },
  { id: 'tablet', label: 'Tablet', width: 768 },
  { id: 'desktop', label: 'Desktop', width: 1200 },
] as const;

const HOSTS: { kind: HostKind; label: string }[] = [
  { kind: 'light', label: 'On a light page' },
  { kind: 'dark', label: 'On a dark page' },
];

/**
 * The embed as partner pages would show it: side by side on a light and on
 * a dark host page (stacked on narrow screens), at a chosen device width,
 * each scaled down to fit so nothing is cropped.
 */
export function EmbedPreview({ src, initialHeight }: EmbedPreviewProps) {
  const [widthId, setWidthId] = useState<string>('desktop');
  const width =
    PREVIEW_WIDTHS.find((w) => w.id === widthId)?.width ??
    PREVIEW_WIDTHS[0].width;
  return (
    <div>
      <fieldset className="mb-4">
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
      <div className="grid gap-6 md:grid-cols-2">
        {HOSTS.map((host) => (
          <div key={host.kind} className="min-w-0">
            <h3 className="mb-2 text-base font-semibold">{host.label}</h3>
            <PreviewFrame
              src={src}
              title={`Preview of the embedded leaderboard ${host.label.toLowerCase()}`}
              hostBackground={HOST_BACKGROUNDS[host.kind]}
              width={width}
              initialHeight={initialHeight}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
