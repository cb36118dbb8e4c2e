import { cn } from '@/utils/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { ExternalLink } from '@/components/ui/external-link';
import { formatDate } from '@/utils/format';

import { NAME_ORDER } from '../layout/compute-landscape-layout';
import { STATUS_LABELS } from '../schemas';
import { StatusSwatch } from './status-patterns';

import type { LandscapeItem, StatusDates } from '../schemas';
import type { ViewSelection } from '../view-state';

export type LandscapeTableProps = {
  selection: ViewSelection;
  caption: string;
  onOpen: (id: string) => void;
};

const DATE_COLUMNS: { key: keyof StatusDates; label: string }[] = [
  { key: 'accepted', label: 'Accepted' },
  { key: 'incubating', label: 'Incubating' },
  { key: 'graduated', label: 'Graduated' },
  { key: 'archived', label: 'Archived' },
];

function byPlace(order: readonly string[]) {
  return (a: LandscapeItem, b: LandscapeItem) =>
    order.indexOf(a.subcategory) - order.indexOf(b.subcategory) ||
    NAME_ORDER.compare(a.name, b.name);
}

/** The same items as the chart, with the same filters, as a table. */
export function LandscapeTable({
  selection,
  caption,
  onOpen,
}: LandscapeTableProps) {
  const rows = [...selection.visible].sort(byPlace(selection.subcategoryNames));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 dark:border-slate-700">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="px-3 py-2">
              Subcategory
            </th>
            <th scope="col" className="px-3 py-2">
              Status on {formatDate(selection.date)}
            </th>
            {DATE_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="px-3 py-2">
                {c.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              Homepage
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => {
            const status = selection.statusById.get(item.id) ?? 'none';
            const match = selection.matches?.has(item.id) ?? false;
            return (
              <tr
                key={item.id}
                className={cn(
                  'border-t border-slate-200 dark:border-slate-700',
                  match && 'bg-accent-50 dark:bg-accent-800/40',
                )}
              >
                <th
                  scope="row"
                  className="px-3 py-2 font-medium [overflow-wrap:anywhere]"
                >
                  <button
                    type="button"
                    onClick={() => onOpen(item.id)}
                    className={cn(
                      'text-left underline decoration-1 underline-offset-2',
                      FOCUS_RING,
                    )}
                  >
                    {item.name}
                  </button>
                  {match && (
                    <span className="bg-accent-100 text-accent-800 dark:bg-accent-700 ml-2 rounded px-1 text-xs dark:text-white">
                      match
                    </span>
                  )}
                </th>
                <td className="px-3 py-2 [overflow-wrap:anywhere]">
                  {item.subcategory}
                </td>
                <td className="px-3 py-2">
                  <span className="flex items-center gap-1.5 whitespace-nowrap">
                    <StatusSwatch status={status} />
                    {STATUS_LABELS[status]}
                  </span>
                </td>
                {DATE_COLUMNS.map((c) => {
                  const d = item.dates[c.key];
                  return (
                    <td
                      key={c.key}
                      className="tabular px-3 py-2 whitespace-nowrap"
                    >
                      {d ? (
                        <time dateTime={d}>{d}</time>
                      ) : (
                        <span
                          aria-label="no date"
                          className="text-slate-500 dark:text-slate-400"
                        >
                          —
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="max-w-56 truncate px-3 py-2">
                  <ExternalLink href={item.homepageUrl}>
                    {item.homepageUrl.replace(/^https?:\/\//, '')}
                  </ExternalLink>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="p-4">No items match these filters.</p>
      )}
    </div>
  );
}
