import { STATUS_ORDER } from '@/components/status/status-style';
import { formatDate } from '@/utils/format';

import { originUrl } from './shipped/origin';
import { statusKeyLabel } from './view-state';

import type { ExportContent } from './layout/export-layout';
import type { Landscape } from './schemas';
import type { LandscapeView, ViewSelection } from './view-state';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/**
 * An export's title: the landscape's name (`CNCF landscape`, `CNCF
 * landscape: Observability and Analysis`, an opened file's name), then the
 * category and subcategory the view narrows to.
 */
export function exportTitle(landscape: Landscape, view: LandscapeView) {
  return [landscape.name, view.category, view.zoom]
    .filter((part): part is string => Boolean(part))
    .join(' › ');
}

/** What the view leaves out, in words ("only Graduated", a search). */
function filterNotes(view: LandscapeView, selection: ViewSelection): string[] {
  const notes: string[] = [];
  if (selection.statuses.length > 0)
    notes.push(
      `only ${selection.statuses.map((s) => statusKeyLabel(selection, s)).join(', ')}`,
    );
  if (view.subcategories.length > 0)
    notes.push(`subcategories ${view.subcategories.join(', ')}`);
  if (view.query.trim()) notes.push(`matching “${view.query.trim()}”`);
  return notes;
}

/**
 * Where the data comes from, as the page states it under the chart:
 * repository, file, commit and licence, and a link to the exact file; for
 * a file the reader opened, its name and date.
 */
export function exportSource(landscape: Landscape): string[] {
  const origin = landscape.origin;
  if (!origin)
    return [
      `Data: ${landscape.name}, a landscape file opened in CNCF Explorer, dated ${formatDate(landscape.asOf)}.`,
    ];
  const commit = origin.commit ? `, commit ${origin.commit.slice(0, 8)}` : '';
  return [
    `Data: ${origin.attribution} (${origin.file}${commit}, ${formatDate(origin.date)}), used under ${origin.licence}. Facts only: names, links, CNCF statuses and dates.`,
    originUrl(origin),
  ];
}

/**
 * Everything an export of the view shows besides its tiles: title, the
 * date and what is shown, a legend entry per status with the items it
 * covers, and the source.
 */
export function exportContent(
  landscape: Landscape,
  view: LandscapeView,
  selection: ViewSelection,
): ExportContent<DisplayStatus> {
  const shown = new Map(STATUS_ORDER.map((s) => [s, 0]));
  // The file's own maturities are drawn like `none`; the legend names them.
  const own = new Set<string>();
  for (const item of selection.visible) {
    const status = selection.statusById.get(item.id) ?? 'none';
    shown.set(status, (shown.get(status) ?? 0) + 1);
    const key = selection.keyById.get(item.id) ?? status;
    if (key !== status) own.add(statusKeyLabel(selection, key));
  }
  const label = (key: DisplayStatus) =>
    key === 'none'
      ? [...own, statusKeyLabel(selection, key)].join(', ')
      : statusKeyLabel(selection, key);
  const items = selection.visible.length;
  const subtitle = [
    `${selection.cncf ? 'CNCF status' : 'Status'} on ${formatDate(selection.date)}`,
    `${items} of ${selection.scoped.length} items`,
    ...filterNotes(view, selection),
  ].join(' · ');
  const subcategories = new Set(
    selection.visible.map((i) => `${i.category}/${i.subcategory}`),
  );
  const categories = new Set(selection.visible.map((i) => i.category));
  return {
    title: exportTitle(landscape, view),
    subtitle,
    legend: STATUS_ORDER.map((key) => ({
      key,
      text: `${label(key)} (${shown.get(key) ?? 0})`,
    })),
    source: exportSource(landscape),
    chart: { items, groups: subcategories.size + categories.size },
  };
}
