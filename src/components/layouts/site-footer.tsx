import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { catalogQueries } from '@/lib/event-catalog';
import { formatDate } from '@/utils/format';

import { FOCUS_RING } from '../ui/focus-ring';

/** Source and freshness of the data, on every page. */
export function SiteFooter() {
  const catalog = useQuery(catalogQueries.catalog());
  return (
    <footer className="mt-16 border-t border-slate-200 py-8 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 sm:px-6 md:flex-row md:justify-between">
        <p>
          Facts from the conference wrap-up article “KubeCon 2024: A Final
          Wrap-Up” and the CNCF landscape.
          {catalog.data && (
            <> Data reviewed {formatDate(catalog.data.updated)}.</>
          )}
        </p>
        <p className="flex gap-4">
          <Link to="/booth/setup" className={`underline ${FOCUS_RING}`}>
            Set up booth mode
          </Link>
          <Link to={paths.awardsEmbed} className={`underline ${FOCUS_RING}`}>
            Embed the leaderboard
          </Link>
        </p>
      </div>
    </footer>
  );
}
