import { labelFitsMidGlide, tilesById } from '../layout/glide';
import {
  CHART_FONT,
  FADED_OPACITY,
  fitLogo,
  labelInk,
  labelWeight,
  LOGO_PLATE,
  placeLabel,
  STATUS_COLORS,
} from './chart-style';
import { logoFailed, logoImage } from './logo-images';
import { tileLabelsFor } from './measure-text';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { MeasureText } from '../layout/label-fit';
import type { ChartScene, ChartView } from './draw-chart';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** Tiles of one look: status and faded or not. */
export type Batch = {
  status: DisplayStatus;
  faded: boolean;
  tiles: TileNode[];
};

/** Sets the chart font (only when it changes: setting a font parses it) and measures text in it. */
export function fontSetter(ctx: CanvasRenderingContext2D) {
  let font = '';
  const setFont = (weight: number, fontPx: number) => {
    const next = `${weight} ${fontPx}px ${CHART_FONT}`;
    if (next !== font) ctx.font = font = next;
  };
  const measure: MeasureText = (text, fontPx, weight) => {
    setFont(weight, fontPx);
    return ctx.measureText(text).width;
  };
  return { setFont, measure };
}

/** What drawLabels drew. */
export type LabelStats = { labels: number; logos: number };

/**
 * A logo on its white plate, if its bitmap is ready (else nothing: the
 * cache starts loading it, and the chart redraws when it arrives).
 */
function drawLogo(
  ctx: CanvasRenderingContext2D,
  url: string,
  box: { x: number; y: number; width: number; height: number },
  pad: number,
): boolean {
  const bitmap = logoImage(url);
  if (!bitmap) return false;
  ctx.fillStyle = LOGO_PLATE;
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, pad);
  ctx.fill();
  const inner = {
    x: box.x + pad / 2,
    y: box.y + pad / 2,
    width: box.width - pad,
    height: box.height - pad,
  };
  const fit = fitLogo(inner, bitmap);
  ctx.drawImage(bitmap, fit.x, fit.y, fit.width, fit.height);
  return true;
}

/**
 * Names (and logos on tiles with room) for the tiles in view, placed as
 * the SVG renderer places them (placeLabel). Logos are requested only
 * for these tiles; a logo that failed leaves its name centred.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
  batches: readonly Batch[],
): LabelStats {
  let labels = 0;
  let logos = 0;
  const { lod } = view;
  const { setFont } = fontSetter(ctx);
  // Laid out for the settled tiles, so a tween frame does not relabel.
  const laidOut = tileLabelsFor(
    scene.layout.tiles,
    scene.names,
    scene.statusById,
    lod,
  );
  const settled =
    scene.tiles === scene.layout.tiles ? null : tilesById(scene.layout.tiles);
  for (const batch of batches) {
    const { status } = batch;
    const alpha = batch.faded ? FADED_OPACITY : 1;
    ctx.globalAlpha = alpha;
    for (const tile of batch.tiles) {
      const label = laidOut.get(tile.id);
      if (!label) continue;
      if (settled && !labelFitsMidGlide(tile, settled.get(tile.id))) continue;
      const url = scene.logos?.get(tile.id) ?? null;
      const place = placeLabel(tile, label, status, {
        lod,
        logo: url !== null && !logoFailed(url),
      });
      if (url && place.logo && drawLogo(ctx, url, place.logo, place.pad))
        logos += 1;
      if (place.band) {
        // A solid band in the tile colour: the pattern never crosses text.
        ctx.fillStyle = STATUS_COLORS[status];
        ctx.fillRect(tile.x, place.band.y, tile.width, place.band.height);
      }
      setFont(labelWeight(status), label.fontSize);
      ctx.fillStyle = labelInk(status, scene.palette);
      label.lines.forEach((line, i) => {
        ctx.fillText(line, place.x, place.top + (i + 0.5) * place.lineHeight);
      });
      labels += 1;
    }
  }
  ctx.globalAlpha = 1;
  return { labels, logos };
}
