import { useState } from 'react';
import { Link, NavLink, useSearchParams } from 'react-router';

import {
  LANDSCAPE_SOURCE_PARAM,
  paths,
  withLandscapeSource,
} from '@/config/paths';
import { cn } from '@/utils/cn';

import { FOCUS_RING } from '../ui/focus-ring';
import { OfflineBadge } from '../ui/offline-badge';
import { ThemeToggle } from './theme-toggle';

const NAV_ITEMS = [
  { to: paths.home, label: 'Overview', end: true },
  { to: paths.announcements, label: 'Announcements', end: false },
  { to: paths.awards, label: 'Awards', end: false },
  { to: paths.landscape, label: 'Landscape', end: true, landscape: true },
  { to: paths.timeline, label: 'Timeline', end: false, landscape: true },
  { to: paths.booth, label: 'Booth mode', end: false },
] as const;

/**
 * The landscape links keep the landscape being read: on a page showing an
 * opened file or a URL (`?source=`), Landscape and Timeline show the same.
 */
function useNavTarget() {
  const [search] = useSearchParams();
  const source = search.get(LANDSCAPE_SOURCE_PARAM);
  return (item: (typeof NAV_ITEMS)[number]) =>
    'landscape' in item ? withLandscapeSource(item.to, source) : item.to;
}

function navClass({ isActive }: { isActive: boolean }) {
  return cn(
    'block rounded-md px-3 py-2 text-sm font-medium',
    FOCUS_RING,
    isActive
      ? 'bg-accent-50 text-accent-800 dark:bg-slate-800 dark:text-accent-300'
      : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
  );
}

export function SiteHeader() {
  const [open, setOpen] = useState(false);
  const navTarget = useNavTarget();
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3 sm:px-6">
        <Link
          to={paths.home}
          className={cn(
            'mr-auto flex items-center gap-2 font-semibold',
            FOCUS_RING,
          )}
        >
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>CNCF Explorer</span>
        </Link>
        <OfflineBadge className="text-sm" />
        <ThemeToggle />
        <button
          type="button"
          className={cn(
            'rounded-md border border-slate-300 px-3 py-1.5 text-sm md:hidden dark:border-slate-600',
            FOCUS_RING,
          )}
          aria-expanded={open}
          aria-controls="site-nav"
          onClick={() => setOpen((v) => !v)}
        >
          Menu
        </button>
        <nav
          id="site-nav"
          aria-label="Main"
          className={cn(
            'w-full md:order-none md:block md:w-auto',
            open ? 'block' : 'hidden',
          )}
        >
          <ul className="flex flex-col gap-1 md:flex-row">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={navTarget(item)}
                  end={item.end}
                  className={navClass}
                  onClick={() => setOpen(false)}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
