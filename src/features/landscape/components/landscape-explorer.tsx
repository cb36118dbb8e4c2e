import { useCallback, useMemo, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { useElementWidth } from '@/hooks/use-element-width';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { useTheme } from '@/hooks/use-theme';
import { useWindowHeight } from '@/hooks/use-window-height';
import { download } from '@/lib/export-image';
import { cn } from '@/utils/cn';
import { formatDate } from '@/utils/format';

import { exportContent } from '../export-content';
import { chartHeight } from '../layout/chart-size';
import { logoBaseOf } from '../maturity';
import { selectView } from '../view-state';
import { ChartPlaceholder } from './chart-placeholder';
import { exportLandscapePng, exportLandscapeSvg } from './export-landscape';
import { ItemPanel } from './item-panel';
import { LandscapeChart } from './landscape-chart';
import { LandscapeTable } from './landscape-table';
import { StatusLegend } from './status-legend';
import { SubcategoryFilter, ZoomSelect } from './subcategory-filter';
import { TimeTravel } from './time-travel';

import type { Landscape } from '../schemas';
import type { LandscapeView } from '../view-state';
import type { ChartHandle } from './landscape-chart';
import type { TimeTravelProps } from './time-travel';

export type LandscapeExplorerProps = {
  landscape: Landscape;
  view: LandscapeView;
  /** `push` adds a history entry (opening an item, zooming); else replace. */
  onViewChange: (next: LandscapeView, options?: { push?: boolean }) => void;
  today: string;
  /** Width of the page column, px, if known: the chart's width unless a panel sits beside it. */
  columnWidth?: number;
  /**
   * Replaces the built-in category filter, e.g. a picker that loads another
   * category's file (the shipped data comes one category at a time).
   */
  categoryControl?: React.ReactNode;
  /** The time-travel preset (the featured event's first day). */
  datePreset?: TimeTravelProps['preset'];
};

/** Controls, chart or table, and the item panel for one landscape value. */
export function LandscapeExplorer({
  landscape,
  view,
  onViewChange,
  today,
  columnWidth = 0,
  categoryControl,
  datePreset,
}: LandscapeExplorerProps) {
  const selection = useMemo(
    () => selectView(landscape, view, today),
    [landscape, view, today],
  );
  const content = useMemo(
    () => ({
      items: selection.visible.length,
      groups: new Set(
        selection.visible.map((i) => `${i.category}/${i.subcategory}`),
      ).size,
    }),
    [selection.visible],
  );
  const windowHeight = useWindowHeight();
  const { theme } = useTheme();
  const reducedMotion = useReducedMotion();
  const exportRef = useRef<ChartHandle | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  // An export fetches its logos first; the buttons say so meanwhile.
  const [exporting, setExporting] = useState<'svg' | 'png' | null>(null);
  const set = (patch: Partial<LandscapeView>, push = false) =>
    onViewChange({ ...view, ...patch }, { push });
  const openItem = landscape.items.find((i) => i.id === view.item);
  // The panel overlays the chart (or is a bottom sheet): opening an item
  // never changes the chart's width, so the chart neither reflows nor relabels.
  const [sizeRef, chartWidth] = useElementWidth<HTMLDivElement>(columnWidth);
  const closeItem = useCallback(() => {
    const id = view.item;
    onViewChange({ ...view, item: null }, { push: true });
    if (id && view.mode === 'chart') exportRef.current?.focusItem(id);
  }, [view, onViewChange]);
  const categories = landscape.categories.map((c) => c.name);
  const title = `${landscape.name}${view.zoom ? `, ${view.zoom}` : ''}, on ${formatDate(selection.date)}`;
  const fileName = (ext: string) =>
    `${landscape.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${selection.date}.${ext}`;

  const runExport = async (kind: 'svg' | 'png') => {
    setExportError(null);
    setExporting(kind);
    try {
      const svg = await exportLandscapeSvg(
        landscape,
        selection,
        exportContent(landscape, view, selection),
      );
      const blob =
        kind === 'svg'
          ? new Blob([svg.markup], { type: 'image/svg+xml' })
          : await exportLandscapePng(svg);
      download(blob, fileName(kind));
    } catch (error) {
      setExportError(
        `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setExporting(null);
    }
  };

  return (
    // On very wide screens (a 4K booth display) the explorer breaks out of
    // the page column and uses the whole width.
    <div className="space-y-4 2xl:relative 2xl:left-1/2 2xl:w-[calc(100vw-4rem)] 2xl:max-w-[3600px] 2xl:-translate-x-1/2">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <TimeTravel
          date={selection.date}
          today={today}
          onChange={(date) => set({ date })}
          preset={datePreset}
        />
        <label className="flex flex-col text-sm font-semibold">
          Search
          <input
            type="search"
            value={view.query}
            placeholder="Name or description"
            onChange={(event) => set({ query: event.target.value })}
            className={cn(
              'mt-1 h-10 w-56 rounded-md border border-slate-300 bg-white px-2 font-normal dark:border-slate-600 dark:bg-slate-900',
              FOCUS_RING,
            )}
          />
        </label>
        {categoryControl}
        {!categoryControl && categories.length > 1 && (
          <label className="flex flex-col text-sm font-semibold">
            Category
            <select
              value={view.category ?? ''}
              onChange={(event) =>
                set(
                  {
                    category: event.target.value || null,
                    zoom: null,
                    subcategories: [],
                  },
                  true,
                )
              }
              className={cn(
                'mt-1 h-10 rounded-md border border-slate-300 bg-white px-2 font-normal dark:border-slate-600 dark:bg-slate-900',
                FOCUS_RING,
              )}
            >
              <option value="">All categories</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
        <ZoomSelect
          names={selection.subcategoryNames}
          zoom={view.zoom}
          onZoom={(zoom) => set({ zoom }, true)}
        />
        <SubcategoryFilter
          names={selection.subcategoryNames}
          selected={view.subcategories}
          onChange={(subcategories) => set({ subcategories })}
        />
      </div>
      <StatusLegend
        counts={selection.counts}
        maturities={selection.maturities}
        selected={selection.statuses}
        notYet={selection.notYet}
        cncf={selection.cncf}
        onChange={(statuses) => set({ statuses })}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite" className="text-sm">
          <span className="font-semibold tabular-nums">
            {selection.visible.length}
          </span>{' '}
          of <span className="tabular-nums">{selection.scoped.length}</span>{' '}
          items shown on {formatDate(selection.date)}
          {selection.matches && (
            <>
              {' '}
              (the search “{view.query.trim()}” matches{' '}
              <span className="font-semibold tabular-nums">
                {selection.matches.size}
              </span>
              {selection.statuses.length > 0 && ' with the chosen statuses'})
            </>
          )}
          .
        </p>
        <div className="flex flex-wrap gap-2">
          {view.zoom && (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => set({ zoom: null }, true)}
            >
              ← All subcategories
            </Button>
          )}
          <div role="group" aria-label="View as" className="flex gap-1">
            {(['chart', 'table'] as const).map((mode) => (
              <Button
                key={mode}
                size="sm"
                variant={view.mode === mode ? 'primary' : 'secondary'}
                aria-pressed={view.mode === mode}
                onClick={() => set({ mode })}
              >
                {mode === 'chart' ? 'Chart' : 'Table'}
              </Button>
            ))}
          </div>
          {view.mode === 'chart' && (
            <>
              {(['svg', 'png'] as const).map((kind) => (
                <Button
                  key={kind}
                  size="sm"
                  variant="secondary"
                  // Not `disabled`: that would drop the keyboard focus.
                  aria-disabled={exporting !== null}
                  onClick={() => {
                    if (exporting === null) void runExport(kind);
                  }}
                >
                  {exporting === kind
                    ? `Preparing ${kind.toUpperCase()}…`
                    : `Download ${kind.toUpperCase()}`}
                </Button>
              ))}
            </>
          )}
        </div>
      </div>
      {exportError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {exportError}
        </p>
      )}
      <div className="relative">
        <div ref={sizeRef} className="min-w-0">
          {view.mode === 'table' ? (
            <LandscapeTable
              selection={selection}
              caption={title}
              onOpen={(item) => set({ item }, true)}
            />
          ) : chartWidth === 0 ? (
            // Prerendered (and hydrating): no width yet. The chart draws
            // once measured; without JavaScript the table stands in for it.
            <>
              <ChartPlaceholder content={content} />
              <noscript>
                <p className="mb-2 text-sm">
                  The chart, the search and the filters need JavaScript; the
                  table lists the same items.
                </p>
                <LandscapeTable
                  selection={selection}
                  caption={title}
                  onOpen={(item) => set({ item }, true)}
                />
              </noscript>
            </>
          ) : (
            chartWidth > 0 && (
              <LandscapeChart
                landscape={landscape}
                selection={selection}
                width={chartWidth}
                height={chartHeight(chartWidth, windowHeight, content)}
                title={title}
                theme={theme}
                animate={!reducedMotion}
                selectedId={openItem?.id ?? null}
                onOpen={(item) => set({ item }, true)}
                onZoom={view.zoom ? undefined : (zoom) => set({ zoom }, true)}
                exportRef={exportRef}
                renderer={view.renderer}
              />
            )
          )}
        </div>
        {openItem && (
          // A bottom sheet on phones (always in view), a card over the
          // chart's right edge on wide screens.
          <div className="fixed inset-x-0 bottom-0 z-40 max-h-[70vh] overflow-y-auto lg:absolute lg:inset-x-auto lg:top-2 lg:right-2 lg:bottom-auto lg:z-10 lg:max-h-[calc(100%-1rem)] lg:w-[22rem]">
            <ItemPanel
              item={openItem}
              date={selection.date}
              asOf={landscape.asOf}
              cncf={selection.cncf}
              logoBase={logoBaseOf(landscape)}
              onClose={closeItem}
            />
          </div>
        )}
        {view.item && !openItem && (
          <p
            role="status"
            className="mt-4 rounded-lg border border-dashed border-slate-400 p-4 text-sm"
          >
            No item “{view.item}” in this landscape.
          </p>
        )}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Drag to pan; Ctrl/⌘ + scroll or pinch to zoom, or use the buttons. Click
        a subcategory to zoom into it; on the whole landscape, click a
        category’s heading to show that category whole.
      </p>
    </div>
  );
}
