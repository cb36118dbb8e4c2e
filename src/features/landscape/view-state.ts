import { STATUS_ORDER } from '@/components/status/status-style';
import { searchFields } from '@/lib/search/search-fields';

import { statusOn } from './status-on';

import type { Landscape, LandscapeItem } from './schemas';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/* URL search params of /landscape, each next to its default. */
const ITEM_PARAM = 'item'; // none open
const STATUS_PARAM = 'status'; // repeated; absent: every status
const SUBCATEGORY_PARAM = 'sub'; // repeated; absent: every subcategory
const ZOOM_PARAM = 'zoom'; // a subcategory name; absent: whole view
const DATE_PARAM = 'date'; // YYYY-MM-DD; absent: today
const QUERY_PARAM = 'q'; // absent: no search
const VIEW_PARAM = 'view'; // chart | table; absent: chart
export const CATEGORY_PARAM = 'category'; // absent: every category
const RENDERER_PARAM = 'renderer'; // svg | canvas; absent: by size

/** Earliest date the date control offers: before the CNCF accepted any project. */
export const EARLIEST_DATE = '2015-01-01';

const VIEW_MODES = ['chart', 'table'] as const;
const RENDERERS = ['auto', 'svg', 'canvas'] as const;
export type Renderer = (typeof RENDERERS)[number];
export type ViewMode = (typeof VIEW_MODES)[number];

/** What the reader is looking at; everything shareable lives in the URL. */
export type LandscapeView = {
  item: string | null;
  /** Statuses shown; empty means all. */
  statuses: DisplayStatus[];
  /** Subcategories shown; empty means all. */
  subcategories: string[];
  zoom: string | null;
  /** `null`: today. */
  date: string | null;
  query: string;
  mode: ViewMode;
  category: string | null;
  /** How the chart is drawn; `auto` picks by the number of items. */
  renderer: Renderer;
};

/** The view with nothing chosen: the whole landscape today. */
export const DEFAULT_VIEW: LandscapeView = {
  item: null,
  statuses: [],
  subcategories: [],
  zoom: null,
  date: null,
  query: '',
  mode: 'chart',
  category: null,
  renderer: 'auto',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view from search params; unknown or malformed values fall back to defaults. */
export function parseView(params: URLSearchParams): LandscapeView {
  const date = params.get(DATE_PARAM);
  const mode = params.get(VIEW_PARAM);
  return {
    item: params.get(ITEM_PARAM) || null,
    statuses: STATUS_ORDER.filter((s) =>
      params.getAll(STATUS_PARAM).includes(s),
    ),
    subcategories: [
      ...new Set(params.getAll(SUBCATEGORY_PARAM).filter(Boolean)),
    ],
    zoom: params.get(ZOOM_PARAM) || null,
    date:
      date && ISO_DATE.test(date) && !Number.isNaN(Date.parse(date))
        ? date
        : null,
    query: params.get(QUERY_PARAM) ?? '',
    mode: VIEW_MODES.find((m) => m === mode) ?? 'chart',
    category: params.get(CATEGORY_PARAM) || null,
    renderer:
      RENDERERS.find((r) => r !== 'auto' && r === params.get(RENDERER_PARAM)) ??
      'auto',
  };
}

/** Writes the view as search params, leaving out defaults. */
export function writeView(view: LandscapeView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.category) params.set(CATEGORY_PARAM, view.category);
  if (view.zoom) params.set(ZOOM_PARAM, view.zoom);
  for (const s of view.subcategories) params.append(SUBCATEGORY_PARAM, s);
  for (const s of view.statuses) params.append(STATUS_PARAM, s);
  if (view.date) params.set(DATE_PARAM, view.date);
  if (view.query) params.set(QUERY_PARAM, view.query);
  if (view.mode !== 'chart') params.set(VIEW_PARAM, view.mode);
  if (view.item) params.set(ITEM_PARAM, view.item);
  if (view.renderer !== 'auto') params.set(RENDERER_PARAM, view.renderer);
  return params;
}

/**
 * The next status selection after a click on `status`: a plain click shows
 * only that status (or everything again when it was already the only one);
 * with `add` (Shift, Ctrl or ⌘ held) it is added to or taken out of the
 * selection. Everything selected (or nothing left) is the unfiltered view.
 */
export function nextStatuses(
  selected: readonly DisplayStatus[],
  status: DisplayStatus,
  add: boolean,
): DisplayStatus[] {
  if (!add) {
    return selected.length === 1 && selected[0] === status ? [] : [status];
  }
  const next = selected.includes(status)
    ? selected.filter((s) => s !== status)
    : [...selected, status];
  return next.length === STATUS_ORDER.length
    ? []
    : STATUS_ORDER.filter((s) => next.includes(s));
}

/**
 * Whether an item matches the search, with the same typo-tolerant matcher
 * as the announcements ("promethus" finds Prometheus). An empty query
 * matches nothing (there is no search).
 */
function matchesQuery(item: LandscapeItem, query: string): boolean {
  if (!query.trim()) return false;
  const fields = [{ key: 'name', text: item.name, weight: 3 }];
  if (item.description)
    fields.push({ key: 'description', text: item.description, weight: 1 });
  return searchFields(fields, query) !== null;
}

export type ViewSelection = {
  /** The date statuses are computed for. */
  date: string;
  statusById: ReadonlyMap<string, DisplayStatus>;
  /** Items per status in scope before the status filter (legend counts). */
  counts: Record<DisplayStatus, number>;
  /** In-scope items outside the CNCF on the date that joined it later. */
  notYet: number;
  /** Items in scope: category, subcategory filter and zoom applied. */
  scoped: LandscapeItem[];
  /** Scope plus the status filter, before the search. */
  filtered: LandscapeItem[];
  /** What the chart and table show: scope, status filter and search. */
  visible: LandscapeItem[];
  /** Ids of items matching the search (all visible); `null` without a search. */
  matches: ReadonlySet<string> | null;
  /** Subcategory names in scope of the category, in display order. */
  subcategoryNames: string[];
};

/** Everything the chart, legend and table need for one view. Pure. */
export function selectView(
  landscape: Landscape,
  view: LandscapeView,
  today: string,
): ViewSelection {
  const date = view.date ?? today;
  const inCategory = view.category
    ? landscape.items.filter((i) => i.category === view.category)
    : landscape.items;
  const subcategoryNames = subcategoriesOf(landscape, inCategory);
  const scoped = inCategory.filter(
    (i) =>
      (view.subcategories.length === 0 ||
        view.subcategories.includes(i.subcategory)) &&
      (!view.zoom || i.subcategory === view.zoom),
  );
  const statusById = new Map<string, DisplayStatus>();
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<
    DisplayStatus,
    number
  >;
  let notYet = 0;
  for (const item of scoped) {
    const status = statusOn(item, date);
    statusById.set(item.id, status);
    counts[status] += 1;
    if (status === 'none' && item.status) notYet += 1;
  }
  const filtered =
    view.statuses.length === 0
      ? scoped
      : scoped.filter((i) =>
          view.statuses.includes(statusById.get(i.id) ?? 'none'),
        );
  // The search narrows the chart to its matches.
  const visible = view.query.trim()
    ? filtered.filter((i) => matchesQuery(i, view.query))
    : filtered;
  const matches = view.query.trim() ? new Set(visible.map((i) => i.id)) : null;
  return {
    date,
    statusById,
    counts,
    notYet,
    scoped,
    filtered,
    visible,
    matches,
    subcategoryNames,
  };
}

function subcategoriesOf(
  landscape: Landscape,
  items: readonly LandscapeItem[],
): string[] {
  const present = new Set(items.map((i) => i.subcategory));
  const ordered = landscape.categories.flatMap((c) => c.subcategories);
  const names = [...new Set([...ordered, ...present])];
  return names.filter((n) => present.has(n));
}
