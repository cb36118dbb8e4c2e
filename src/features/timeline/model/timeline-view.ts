import { searchFields } from '@/lib/search/search-fields';

import { MOVE_KINDS, yearOf } from './timeline-moves';

import type { Move, MoveKind } from './timeline-moves';
import type { Highlights } from '@/lib/search/search-fields';

/* URL search params of /landscape/timeline, each next to its default. */
const MOVE_PARAM = 'move'; // repeated; absent: every kind
const CATEGORY_PARAM = 'category'; // absent: every category
const YEAR_PARAM = 'year'; // absent: every year
const QUERY_PARAM = 'q'; // absent: no search
const AT_PARAM = 'at'; // YYYY-MM-DD read out on the chart; absent: the last day

/** What the reader is looking at; all of it lives in the URL. */
export type TimelineView = {
  /** Kinds listed; empty means all. */
  kinds: MoveKind[];
  category: string | null;
  year: number | null;
  query: string;
  /** The day the chart reads out; `null`: the data's date. */
  at: string | null;
};

export const DEFAULT_TIMELINE_VIEW: TimelineView = {
  kinds: [],
  category: null,
  year: null,
  query: '',
  at: null,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view; malformed values fall back to their defaults. */
export function parseTimelineView(params: URLSearchParams): TimelineView {
  const year = params.get(YEAR_PARAM);
  const at = params.get(AT_PARAM);
  return {
    kinds: MOVE_KINDS.filter((k) => params.getAll(MOVE_PARAM).includes(k)),
    category: params.get(CATEGORY_PARAM) || null,
    year: year && /^\d{4}$/.test(year) ? Number(year) : null,
    query: params.get(QUERY_PARAM) ?? '',
    at: at && ISO_DATE.test(at) && !Number.isNaN(Date.parse(at)) ? at : null,
  };
}

/** The view as search params; defaults are left out so URLs stay short. */
export function writeTimelineView(view: TimelineView): URLSearchParams {
  const params = new URLSearchParams();
  for (const kind of view.kinds) params.append(MOVE_PARAM, kind);
  if (view.category) params.set(CATEGORY_PARAM, view.category);
  if (view.year !== null) params.set(YEAR_PARAM, String(view.year));
  if (view.query.trim()) params.set(QUERY_PARAM, view.query);
  if (view.at) params.set(AT_PARAM, view.at);
  return params;
}

/** A listed move and what of its name the search matched. */
export type MoveHit = { move: Move; highlights: Highlights };

/**
 * The moves the view lists, oldest first. Kinds, category and year narrow
 * the list; the search is typo-tolerant over the project's name and
 * category ("promethus" finds Prometheus).
 */
export function filterMoves(
  moves: readonly Move[],
  view: TimelineView,
): MoveHit[] {
  const hits: MoveHit[] = [];
  for (const move of moves) {
    if (view.kinds.length && !view.kinds.includes(move.kind)) continue;
    if (view.category && move.category !== view.category) continue;
    if (view.year !== null && yearOf(move.date) !== view.year) continue;
    const match = searchFields(
      [
        { key: 'name', text: move.name, weight: 3 },
        { key: 'category', text: move.category, weight: 1 },
      ],
      view.query,
    );
    if (match) hits.push({ move, highlights: match.highlights });
  }
  return hits;
}

/** Listed moves by calendar year, oldest year first. */
export function groupByYear(
  hits: readonly MoveHit[],
): { year: number; hits: MoveHit[] }[] {
  const groups: { year: number; hits: MoveHit[] }[] = [];
  for (const hit of hits) {
    const year = yearOf(hit.move.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.hits.push(hit);
    else groups.push({ year, hits: [hit] });
  }
  return groups;
}
