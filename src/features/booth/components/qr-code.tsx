import { useMemo } from 'react';
import { encode } from 'uqr';

import { cn } from '@/utils/cn';

export type QrCodeProps = {
  /** Absolute URL the code opens. */
  url: string;
  className?: string;
};

/** One SVG path for all dark modules: cheap to render and to scale. */
function modulesPath(data: boolean[][]): string {
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/**
 * A QR code drawn in the browser (no network), always dark on white with a
 * quiet zone, whatever the theme: phone cameras read that best.
 */
export function QrCode({ url, className }: QrCodeProps) {
  const qr = useMemo(() => encode(url, { ecc: 'M', border: 2 }), [url]);
  return (
    <svg
      role="img"
      aria-label={`QR code for ${url}`}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      className={cn('rounded-lg bg-white', className)}
    >
      <path d={modulesPath(qr.data)} fill="#000" />
    </svg>
  );
}
