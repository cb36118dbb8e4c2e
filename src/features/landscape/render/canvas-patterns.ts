import {
  CHART_FONT,
  PATTERN_CELL,
  PATTERN_INK,
  PATTERN_STROKE,
} from './chart-style';

/** A 2D context of either kind of canvas. */
type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
/** The status patterns (see STATUS_PATTERN). */
export type Pattern = 'stripes' | 'dots' | 'cross';

/** Pattern cells are drawn at this many px per layout px, so they stay crisp when zoomed. */
const CELL_RES = 4;

/** One small canvas per pattern, shared by every chart. */
const patternCells = new Map<Pattern, HTMLCanvasElement | OffscreenCanvas>();

function newCell(size: number): HTMLCanvasElement | OffscreenCanvas | null {
  if (typeof OffscreenCanvas !== 'undefined')
    return new OffscreenCanvas(size, size);
  if (typeof document === 'undefined') return null;
  return Object.assign(document.createElement('canvas'), {
    width: size,
    height: size,
  });
}

/** Draws one cell of a pattern, as StatusPatternDefs does in SVG. */
function drawCell(g: Context2D, kind: Pattern) {
  const c = PATTERN_CELL;
  g.scale(CELL_RES, CELL_RES);
  g.strokeStyle = PATTERN_INK;
  g.fillStyle = PATTERN_INK;
  g.beginPath();
  if (kind === 'stripes') {
    // A vertical line, rotated 45° with the pattern (as the SVG does).
    g.lineWidth = PATTERN_STROKE.stripes;
    g.moveTo(0, 0);
    g.lineTo(0, c);
    g.stroke();
  } else if (kind === 'dots') {
    g.arc(c / 2, c / 2, PATTERN_STROKE.dot, 0, Math.PI * 2);
    g.fill();
  } else {
    g.lineWidth = PATTERN_STROKE.cross;
    g.moveTo(0, 0);
    g.lineTo(c, c);
    g.moveTo(c, 0);
    g.lineTo(0, c);
    g.stroke();
  }
}

function patternCell(kind: Pattern): CanvasImageSource | null {
  let cell = patternCells.get(kind);
  if (!cell) {
    const made = newCell(PATTERN_CELL * CELL_RES);
    const g = made?.getContext('2d') as Context2D | null | undefined;
    if (!made || !g) return null;
    drawCell(g, kind);
    patternCells.set(kind, (cell = made));
  }
  return cell;
}

/** Patterns belong to a context; made once per canvas. */
const patternsByContext = new WeakMap<
  Context2D,
  Map<Pattern, CanvasPattern | null>
>();

/** The fill for a status pattern on this context (made once per context). */
export function patternFor(
  ctx: Context2D,
  kind: Pattern,
): CanvasPattern | null {
  let patterns = patternsByContext.get(ctx);
  if (!patterns) patternsByContext.set(ctx, (patterns = new Map()));
  if (!patterns.has(kind)) {
    const cell = patternCell(kind);
    const pattern = cell ? ctx.createPattern(cell, 'repeat') : null;
    // Scaled back to layout px; stripes rotated 45° as in the SVG.
    const angle = kind === 'stripes' ? Math.PI / 4 : 0;
    const cos = Math.cos(angle) / CELL_RES;
    const sin = Math.sin(angle) / CELL_RES;
    pattern?.setTransform({ a: cos, b: sin, c: -sin, d: cos, e: 0, f: 0 });
    patterns.set(kind, pattern);
  }
  return patterns.get(kind) ?? null;
}

/**
 * Readies what a first frame would otherwise set up on the critical path:
 * the pattern cells, and the chart font in each weight (font lookup and
 * glyph caches are shared by every canvas). Cheap; run while data loads.
 */
export function prepareChartDrawing(): void {
  // Browsers only (jsdom has no OffscreenCanvas, nor any canvas).
  if (typeof OffscreenCanvas === 'undefined') return;
  const ctx = new OffscreenCanvas(8, 8).getContext('2d');
  if (!ctx) return;
  for (const kind of ['stripes', 'dots', 'cross'] as const)
    patternFor(ctx, kind);
  for (const weight of [400, 600, 700]) {
    ctx.font = `${weight} 12px ${CHART_FONT}`;
    ctx.fillText('Observability (0) Kubernetes…', 0, 6);
    ctx.measureText('Prometheus');
  }
}
