import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { logoUrl } from '@/config/env';
import { INSTRUMENTED, mark, measure } from '@/config/instrument';
import { cn } from '@/utils/cn';

import { LANDSCAPE_MARKS } from '../chart-marks';
import { computeLandscapeLayout } from '../layout/compute-landscape-layout';
import { zoomLevelOfDetail } from '../layout/label-fit';
import { fitBox } from '../layout/navigate';
import { logoBaseOf } from '../maturity';
import { chartPalette } from '../render/chart-style';
import { cachedChartMeasure, groupHeadingsFor } from '../render/measure-text';
import { itemStatusLabel } from '../view-state';
import { resolveRenderer, WINDOWED_LIST_MIN_TILES } from './chart-renderer';
import { ChartSurface } from './chart-surface';
import { ChartTooltip, HeadingTooltip } from './chart-tooltip';
import { ChartZoomControls } from './chart-zoom-controls';
import { ItemListbox } from './item-listbox';
import { useChartKeyboard } from './use-chart-keyboard';
import { MAX_ZOOM, useZoom, ZOOM_STEP } from './use-zoom';

import type { GroupNode } from '../layout/compute-landscape-layout';
import type { Landscape } from '../schemas';
import type { Renderer, ViewSelection } from '../view-state';
import type { ChartHandle } from './use-chart-keyboard';

export type { ChartHandle } from './use-chart-keyboard';

/** What every drawing of the chart needs: the data, the view of it, its size and look. */
export type ChartBaseProps = {
  landscape: Landscape;
  /** What to draw (see selectView). */
  selection: ViewSelection;
  /** Chart size in CSS px. */
  width: number;
  height: number;
  /** Accessible name of the chart. */
  title: string;
  theme: 'light' | 'dark';
  /** Glide between layouts (zoom, filters; see glideMs); false under reduced motion. */
  animate: boolean;
};

export type LandscapeChartProps = ChartBaseProps & {
  onOpen: (id: string) => void;
  /** Clicking a subcategory heading zooms into it; omit to disable. */
  onZoom?: (subcategory: string) => void;
  /** SVG, Canvas, or by the number of tiles (the default). */
  renderer?: Renderer;
  /** The item whose panel is open: its tile stays highlighted. */
  selectedId?: string | null;
  /** Receives focusItem. */
  exportRef?: React.Ref<ChartHandle>;
};

/**
 * The landscape as a zoomable treemap of tiles. d3 computes the layout (pure
 * functions in ../layout) and d3-zoom reports only a transform; React
 * renders the SVG, or a canvas redraws the view each frame for very large
 * landscapes. Keyboard and screen readers use ItemListbox either way.
 */
export function LandscapeChart(props: LandscapeChartProps) {
  const { landscape, selection, width, height, theme } = props;
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const surfaceRef = useRef<Element | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [hoverHeading, setHoverHeading] = useState<string | null>(null);

  const statusLabelOf = useCallback(
    (id: string) => itemStatusLabel(selection, id),
    [selection],
  );
  const itemsById = useMemo(
    () => new Map(landscape.items.map((i) => [i.id, i])),
    [landscape],
  );
  const names = useMemo(
    () => new Map(landscape.items.map((i) => [i.id, i.name])),
    [landscape],
  );
  const logos = useMemo(() => {
    const base = logoBaseOf(landscape);
    return new Map(landscape.items.map((i) => [i.id, logoUrl(i.logo, base)]));
  }, [landscape]);
  const layout = useMemo(() => {
    mark(LANDSCAPE_MARKS.layoutStart);
    const result = computeLandscapeLayout(
      selection.visible,
      landscape.categories,
      { width, height },
      // Headings measured as drawn, so their boxes and bands fit them.
      { measure: cachedChartMeasure() },
    );
    measure(LANDSCAPE_MARKS.layout, LANDSCAPE_MARKS.layoutStart);
    return result;
  }, [selection.visible, landscape.categories, width, height]);
  const renderer = resolveRenderer(
    props.renderer ?? 'auto',
    layout.tiles.length,
  );
  // A new layout or a new drawing surface returns to the fitted view.
  const zoomKey = useMemo(() => ({ layout, renderer }), [layout, renderer]);
  const { transform, zoomBy, reset, moveTo } = useZoom(
    surfaceRef,
    width,
    height,
    zoomKey,
  );
  const lod = zoomLevelOfDetail(transform.k);
  const palette = useMemo(() => chartPalette(theme), [theme]);
  useLayoutEffect(() => {
    surfaceRef.current =
      renderer === 'canvas' ? canvasRef.current : svgRef.current;
  });

  useLayoutEffect(() => {
    if (!INSTRUMENTED) return;
    mark(LANDSCAPE_MARKS.commit);
    // A task queued from rAF runs after that frame is painted.
    const raf = requestAnimationFrame(() =>
      setTimeout(() => mark(LANDSCAPE_MARKS.painted)),
    );
    return () => cancelAnimationFrame(raf);
  }, [layout]);

  const keys = useChartKeyboard({
    tiles: layout.tiles,
    transform,
    width,
    height,
    zoomBy,
    reset,
    moveTo,
    frameRef,
    handleRef: props.exportRef,
  });
  const focusId = keys.listFocused ? keys.activeId : (props.selectedId ?? null);
  const description = `${selection.visible.length} items in ${selection.subcategoryNames.length} subcategories, coloured by ${selection.cncf ? 'CNCF status' : 'status'} on ${selection.date}. The list that follows the chart holds the same items for keyboard and screen readers.`;

  // Clicking a category in the overview shows that category whole.
  const showCategory = (group: GroupNode) =>
    moveTo(fitBox(group, width, height, MAX_ZOOM));

  // The tooltip sits at the tile's settled place, even mid-glide.
  const shownId = focusId ?? hoverId;
  const shownTile = layout.tiles.find((t) => t.id === shownId);
  const shownItem = shownId ? itemsById.get(shownId) : undefined;
  // A shortened heading under the pointer is shown whole.
  const headingGroup = layout.groups.find((g) => g.key === hoverHeading);
  const headingShortened =
    headingGroup &&
    groupHeadingsFor(layout.groups, lod).get(headingGroup.key)?.truncated !==
      false;

  return (
    <div>
      <div
        ref={frameRef}
        className={cn(
          'relative overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700',
          keys.listFocused &&
            'outline-accent-600 dark:outline-accent-300 outline-2 outline-offset-2',
        )}
        style={{ width, height }}
      >
        <ChartSurface
          layout={layout}
          renderer={renderer}
          names={names}
          logos={logos}
          statusById={selection.statusById}
          palette={palette}
          focusId={focusId}
          motion={props.animate}
          transform={transform}
          lod={lod}
          width={width}
          height={height}
          uid={uid}
          title={props.title}
          description={description}
          svgRef={svgRef}
          canvasRef={canvasRef}
          onHover={setHoverId}
          onHoverHeading={setHoverHeading}
          onOpen={props.onOpen}
          onZoom={props.onZoom}
          onCategory={showCategory}
        />
        {shownTile && shownItem && (
          <ChartTooltip
            tile={shownTile}
            item={shownItem}
            status={selection.statusById.get(shownTile.id) ?? 'none'}
            statusLabel={itemStatusLabel(selection, shownTile.id)}
            transform={transform}
            width={width}
          />
        )}
        {headingGroup && headingShortened && !shownTile && (
          <HeadingTooltip
            group={headingGroup}
            transform={transform}
            width={width}
          />
        )}
        <ItemListbox
          idPrefix={uid}
          label={`${props.title}: ${layout.tiles.length} items. Arrow keys move, Enter opens, plus and minus zoom.`}
          tiles={layout.tiles}
          itemsById={itemsById}
          statusLabelOf={statusLabelOf}
          matches={selection.matches}
          activeId={keys.activeId}
          onActiveChange={keys.activate}
          onOpen={props.onOpen}
          onFocusChange={keys.setListFocused}
          onChartKey={keys.chartKey}
          windowed={layout.tiles.length >= WINDOWED_LIST_MIN_TILES}
        />
        {keys.listFocused && (
          <p
            aria-hidden="true"
            className="absolute top-2 left-2 rounded bg-slate-900/85 px-2 py-1 text-xs text-white"
          >
            Arrow keys move · Enter opens · + / − zoom · 0 resets
          </p>
        )}
      </div>
      <ChartZoomControls
        zoom={transform.k}
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onReset={reset}
      />
    </div>
  );
}
