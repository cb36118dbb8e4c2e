import { Link } from 'react-router';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { paths } from '@/config/paths';
import { cn } from '@/utils/cn';

import type { Announcement } from '../schemas';

export type PrevNextNavProps = {
  previous: Announcement | null;
  next: Announcement | null;
};

const CELL = cn(
  'block rounded-lg border border-slate-200 p-3 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900',
  FOCUS_RING,
);

/** Steps through the announcements in the data's order. */
export function PrevNextNav({ previous, next }: PrevNextNavProps) {
  return (
    <nav aria-label="Previous and next announcement" className="mt-10">
      <ul className="grid gap-3 sm:grid-cols-2">
        <li>
          {previous && (
            <Link
              to={paths.announcement(previous.id)}
              rel="prev"
              className={CELL}
            >
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                ← Previous
              </span>
              <span className="font-medium">{previous.title}</span>
            </Link>
          )}
        </li>
        <li className="sm:text-right">
          {next && (
            <Link to={paths.announcement(next.id)} rel="next" className={CELL}>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                Next →
              </span>
              <span className="font-medium">{next.title}</span>
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
