import { StatusSwatch } from '@/components/status/status-patterns';
import { ExternalLink } from '@/components/ui/external-link';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';
import { formatDate } from '@/utils/format';

import { NAME_ORDER } from '../layout/compute-landscape-layout';
import { itemStatusLabel } from '../view-state';
import { LinkText } from './link-text';

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

/** Columns shown only on wide screens; narrow ones fold them into others. */
const WIDE = 'hidden px-3 py-2 lg:table-cell';

/**
 * The same items as the chart, with the same filters, as a table. It never
 * scrolls sideways: below `lg` the subcategory and homepage go under the
 * name and the four dates become one column; URLs wrap.
 */
export function LandscapeTable({
  selection,
  caption,
  onOpen,
}: LandscapeTableProps) {
  const rows = [...selection.visible].sort(byPlace(selection.subcategoryNames));
  return (
    <div className="rounded-lg border border-slate-300 dark:border-slate-700">
      <table className="w-full table-fixed text-left text-sm lg:table-auto">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className={WIDE}>
              Subcategory
            </th>
            <th scope="col" className="px-3 py-2">
              Status on {formatDate(selection.date)}
            </th>
            <th scope="col" className="px-3 py-2 lg:hidden">
              {selection.cncf ? 'CNCF dates' : 'Dates'}
            </th>
            {DATE_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={WIDE}>
                {c.label}
              </th>
            ))}
            <th scope="col" className={WIDE}>
              Homepage
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => {
            const status = selection.statusById.get(item.id) ?? 'none';
            return (
              <tr
                key={item.id}
                className="border-t border-slate-200 dark:border-slate-700"
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
                  <span className="block text-xs font-normal lg:hidden">
                    {item.subcategory}
                    <br />
                    <ExternalLink href={item.homepageUrl}>
                      <LinkText url={item.homepageUrl} />
                    </ExternalLink>
                  </span>
                </th>
                <td className={cn(WIDE, '[overflow-wrap:anywhere]')}>
                  {item.subcategory}
                </td>
                <td className="px-3 py-2">
                  <span className="flex items-center gap-1.5">
                    <StatusSwatch status={status} />
                    {itemStatusLabel(selection, item.id)}
                  </span>
                </td>
                <td className="px-3 py-2 text-xs tabular-nums lg:hidden">
                  <DateList dates={item.dates} />
                </td>
                {DATE_COLUMNS.map((c) => {
                  const d = item.dates[c.key];
                  return (
                    <td
                      key={c.key}
                      className={cn(WIDE, 'whitespace-nowrap tabular-nums')}
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
                <td className={cn(WIDE, 'max-w-64')}>
                  <ExternalLink href={item.homepageUrl}>
                    <LinkText url={item.homepageUrl} />
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

/** The dates an item has, one per line ("Graduated 2018-08-09"); a dash when none. */
function DateList({ dates }: { dates: StatusDates }) {
  const given = DATE_COLUMNS.filter((c) => dates[c.key]);
  if (given.length === 0)
    return (
      <span
        aria-label="no dates"
        className="text-slate-500 dark:text-slate-400"
      >
        —
      </span>
    );
  return (
    <ul>
      {given.map((c) => (
        <li key={c.key}>
          {c.label} <time dateTime={dates[c.key] ?? ''}>{dates[c.key]}</time>
        </li>
      ))}
    </ul>
  );
}
