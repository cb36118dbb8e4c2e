import { Link, useLocation } from 'react-router';

import { pageTitle, paths } from '@/config/paths';

export function Component() {
  const { pathname } = useLocation();
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <title>{pageTitle('Page not found')}</title>
      <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase dark:text-accent-300">
        404
      </p>
      <h1 className="mt-2 text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        Nothing lives at <code className="break-all">{pathname}</code>.
      </p>
      <Link
        to={paths.home}
        className="mt-8 inline-block rounded-md bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700"
      >
        Go to the overview
      </Link>
    </section>
  );
}
