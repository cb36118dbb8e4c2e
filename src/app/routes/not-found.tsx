import { Link, useLocation } from 'react-router';

import { pageTitle, paths } from '@/config/paths';

export function Component() {
  const { pathname } = useLocation();
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <title>{pageTitle('Page not found')}</title>
      <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
        404
      </p>
      <h1 className="mt-2 text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        Nothing lives at <code className="break-all">{pathname}</code>.
      </p>
      <Link
        to={paths.home}
        className="bg-accent-600 hover:bg-accent-700 mt-8 inline-block rounded-md px-4 py-2 font-medium text-white"
      >
        Go to the overview
      </Link>
    </section>
  );
}
