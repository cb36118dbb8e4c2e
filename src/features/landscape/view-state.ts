import { STATUS_ORDER } from '@/components/status/status-style';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { searchFields } from '@/lib/search/search-fields';

import {
  isCncfLandscape,
  maturityKey,
  maturityLabel,
  noStatusLabel,
} from './maturity';
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
  /**
   * Statuses shown (CNCF statuses, `none`, or a file's own maturity words,
   * lowercased, see {@link maturityKey}); empty means all.
   */
  statuses: string[];
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
    statuses: readStatuses(params.getAll(STATUS_PARAM)),
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

/** A maturity word as a URL value: letters, digits, spaces, `.`, `_`, `-`. */
const MATURITY_VALUE = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,59}$/u;

/**
 * Status values from the URL: CNCF statuses first, in legend order, then
 * other foundations' maturity words as given (which ones a landscape has
 * is known only with the landscape; others select nothing, see selectView).
 */
function readStatuses(values: string[]): string[] {
  const keys = new Set(values.map((v) => v.trim().toLowerCase()));
  const cncf: string[] = STATUS_ORDER.filter((s) => keys.has(s));
  const others = [...keys].filter(
    (k) => !cncf.includes(k) && MATURITY_VALUE.test(k),
  );
  return [...cncf, ...others];
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
  selected: readonly string[],
  status: string,
  add: boolean,
  /** Every status the legend offers, in its order. */
  all: readonly string[] = STATUS_ORDER,
): string[] {
  if (!add) {
    return selected.length === 1 && selected[0] === status ? [] : [status];
  }
  const next = selected.includes(status)
    ? selected.filter((s) => s !== status)
    : [...selected, status];
  return next.length === all.length ? [] : all.filter((s) => next.includes(s));
}

/** One of the file's own maturity levels, with its items in scope. */
export type MaturityCount = { key: string; label: string; count: number };

/**
 * The landscape's own maturity levels (another foundation's `emeritus`,
 * `member`, …) in the order the file first uses them, labelled with a
 * capital (`Emeritus`); `counts` says how many items each has.
 */
function maturitiesOf(
  landscape: Landscape,
  counts: ReadonlyMap<string, number>,
): MaturityCount[] {
  const labels = new Map<string, string>();
  for (const item of landscape.items) {
    const key = maturityKey(item);
    if (key && !labels.has(key)) labels.set(key, maturityLabel(item.maturity!));
  }
  return [...labels].map(([key, label]) => ({
    key,
    label,
    count: counts.get(key) ?? 0,
  }));
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
  /**
   * What the status filter and labels go by, per item: its status on the
   * date, or the file's own maturity word (lowercased) for an item that is
   * no CNCF project then but has one.
   */
  keyById: ReadonlyMap<string, string>;
  /**
   * Items per status in scope before the status filter (legend counts);
   * `none` leaves out items counted under a maturity of their own.
   */
  counts: Record<DisplayStatus, number>;
  /** The file's own maturity levels, with their items in scope. */
  maturities: MaturityCount[];
  /** The status filters in effect: those of the view this landscape has. */
  statuses: string[];
  /** The CNCF's own landscape (statuses named as the CNCF's), see isCncfLandscape. */
  cncf: boolean;
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
  const keyById = new Map<string, string>();
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<
    DisplayStatus,
    number
  >;
  const maturityCounts = new Map<string, number>();
  let notYet = 0;
  for (const item of scoped) {
    const status = statusOn(item, date);
    statusById.set(item.id, status);
    const own = status === 'none' ? maturityKey(item) : null;
    keyById.set(item.id, own ?? status);
    if (own) maturityCounts.set(own, (maturityCounts.get(own) ?? 0) + 1);
    else counts[status] += 1;
    if (status === 'none' && item.status) notYet += 1;
  }
  const maturities = maturitiesOf(landscape, maturityCounts);
  const known = new Set<string>([
    ...STATUS_ORDER,
    ...maturities.map((m) => m.key),
  ]);
  const statuses = view.statuses.filter((s) => known.has(s));
  const filtered =
    statuses.length === 0
      ? scoped
      : scoped.filter((i) => statuses.includes(keyById.get(i.id) ?? 'none'));
  // The search narrows the chart to its matches.
  const visible = view.query.trim()
    ? filtered.filter((i) => matchesQuery(i, view.query))
    : filtered;
  const matches = view.query.trim() ? new Set(visible.map((i) => i.id)) : null;
  return {
    date,
    statusById,
    keyById,
    counts,
    maturities,
    statuses,
    cncf: isCncfLandscape(landscape),
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

/**
 * How a status key reads: a CNCF status's label, or the file's own
 * maturity word as the legend shows it.
 */
export function statusKeyLabel(selection: ViewSelection, key: string): string {
  if (key === 'none') return noStatusLabel(selection.cncf);
  if (key in STATUS_LABELS) return STATUS_LABELS[key as DisplayStatus];
  return selection.maturities.find((m) => m.key === key)?.label ?? key;
}

/** How an item's status on the selection's date reads. */
export function itemStatusLabel(selection: ViewSelection, id: string): string {
  return statusKeyLabel(selection, selection.keyById.get(id) ?? 'none');
}
