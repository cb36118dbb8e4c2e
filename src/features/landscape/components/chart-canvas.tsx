import { useEffect, useLayoutEffect, useState } from 'react';

import { INSTRUMENTED, mark } from '@/config/instrument';

import { LANDSCAPE_MARKS } from '../chart-marks';
import {
  groupAt,
  onHeadingBand,
  tileAt,
  toLayoutPoint,
} from '../layout/hit-test';
import { drawChart } from '../render/draw-chart';
import { onLogoSettled } from '../render/logo-images';

import type { GroupNode } from '../layout/compute-landscape-layout';
import type { ChartScene, ChartView } from '../render/draw-chart';

export type ChartCanvasProps = {
  scene: ChartScene;
  view: ChartView;
  /** Unique per chart: ids of the accessible name and description. */
  uid: string;
  title: string;
  description: string;
  canvasRef: React.RefObject<HTMLCanvasElement | null>;
  onHover: (id: string | null) => void;
  /** The group whose heading band is under the pointer (its key), or `null`. */
  onHoverHeading?: (key: string | null) => void;
  onOpen: (id: string) => void;
  /** Clicking a subcategory (not on a tile) zooms into it; omit to disable. */
  onZoom?: (subcategory: string) => void;
  /** Clicking a category's heading or margin shows it whole (with onZoom). */
  onCategory?: (category: GroupNode) => void;
};

/**
 * The chart drawn on a canvas, for landscapes too large for one DOM node per
 * tile: each frame redraws only what is in view. Hover and click find the
 * tile under the pointer from the layout (hit-test.ts). Its name and
 * description are the same as the SVG's; the item listbox beside it is the
 * keyboard and screen-reader interface.
 */
export function ChartCanvas({
  scene,
  view,
  uid,
  title,
  description,
  canvasRef,
  onHover,
  onHoverHeading,
  onOpen,
  onZoom,
  onCategory,
}: ChartCanvasProps) {
  const { width, height, pixelRatio, transform, lod } = view;
  // Bumped when logos arrive (at most once a frame), to redraw with them:
  // the first frame never waits for a logo.
  const [logoTick, setLogoTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const unsubscribe = onLogoSettled(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setLogoTick((n) => n + 1);
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, []);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const drawn = drawChart(context, scene, {
      transform,
      lod,
      width,
      height,
      pixelRatio,
    });
    // What is on the canvas, for the tests and the benchmark (no re-render).
    if (INSTRUMENTED) {
      canvas.dataset.drawnTiles = String(drawn.tiles);
      canvas.dataset.drawnLabels = String(drawn.labels);
      if (drawn.logos > Number(canvas.dataset.drawnLogos ?? 0))
        mark(LANDSCAPE_MARKS.logosDrawn);
      canvas.dataset.drawnLogos = String(drawn.logos);
      canvas.dataset.shortenedHeadings = drawn.shortenedHeadings.join(' | ');
    }
  }, [canvasRef, scene, transform, lod, width, height, pixelRatio, logoTick]);

  const hit = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const p = toLayoutPoint(
      view.transform,
      event.clientX - box.left,
      event.clientY - box.top,
    );
    const tile = tileAt(scene.tiles, p.x, p.y);
    const group = tile ? null : groupAt(scene.layout.groups, p.x, p.y);
    const heading =
      group && onHeadingBand(group, p.y, view.lod) ? group.key : null;
    return { tile, group, heading };
  };

  return (
    <>
      <canvas
        ref={canvasRef}
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        width={Math.round(width * pixelRatio)}
        height={Math.round(height * pixelRatio)}
        style={{ width, height }}
        className="block cursor-grab select-none active:cursor-grabbing"
        data-chart=""
        data-tile-count={scene.tiles.length}
        onPointerMove={(event) => {
          const { tile, group, heading } = hit(event);
          onHover(tile?.id ?? null);
          onHoverHeading?.(heading);
          event.currentTarget.style.cursor = tile
            ? 'pointer'
            : group && onZoom
              ? 'zoom-in'
              : '';
        }}
        onPointerLeave={() => {
          onHover(null);
          onHoverHeading?.(null);
        }}
        onClick={(event) => {
          const { tile, group } = hit(event);
          if (tile) onOpen(tile.id);
          else if (!group || !onZoom) return;
          else if (group.level === 'subcategory') onZoom(group.name);
          else onCategory?.(group);
        }}
      />
      <span id={`${uid}-title`} hidden>
        {title}
      </span>
      <span id={`${uid}-desc`} hidden>
        {description}
      </span>
    </>
  );
}
