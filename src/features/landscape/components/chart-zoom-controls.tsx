import { Button } from '@/components/ui/button';

import { MAX_ZOOM } from './use-zoom';

export type ChartZoomControlsProps = {
  zoom: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
};

/** Zoom buttons over the chart's corner (wheel zoom needs Ctrl/⌘). */
export function ChartZoomControls({
  zoom,
  onZoomIn,
  onZoomOut,
  onReset,
}: ChartZoomControlsProps) {
  return (
    <div className="mt-2 flex items-center justify-end gap-1">
      <span className="mr-2 text-sm text-slate-600 tabular-nums dark:text-slate-300">
        Zoom ×{zoom.toFixed(1)}
      </span>
      <Button
        size="sm"
        variant="secondary"
        onClick={onZoomIn}
        disabled={zoom >= MAX_ZOOM}
        aria-label="Zoom in"
      >
        +
      </Button>
      <Button
        size="sm"
        variant="secondary"
        onClick={onZoomOut}
        disabled={zoom <= 1}
        aria-label="Zoom out"
      >
        −
      </Button>
      <Button
        size="sm"
        variant="secondary"
        onClick={onReset}
        disabled={zoom <= 1}
      >
        Fit
      </Button>
    </div>
  );
}
