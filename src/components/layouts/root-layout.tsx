import { Outlet, ScrollRestoration } from 'react-router';

import { useAppReady } from '@/hooks/use-app-ready';

import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export type RootLayoutProps = { children?: React.ReactNode };

/** Skip link, header, main content, footer. */
export function RootLayout({ children }: RootLayoutProps) {
  useAppReady();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="bg-accent-600 sr-only z-50 rounded-md px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <SiteHeader />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 outline-none sm:px-6"
      >
        {children ?? <Outlet />}
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
