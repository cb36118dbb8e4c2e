import { useEffect } from 'react';

import type { BoothTheme } from '../booth-params';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Applies the booth's theme from the URL while the booth is mounted, and
 * puts the site's own theme back on the way out.
 */
export function useBoothTheme(theme: BoothTheme): void {
  useEffect(() => {
    const root = document.documentElement;
    const wasDark = root.classList.contains('dark');
    const media = window.matchMedia(DARK_QUERY);
    const apply = () =>
      root.classList.toggle(
        'dark',
        theme === 'dark' || (theme === 'system' && media.matches),
      );
    apply();
    if (theme === 'system') media.addEventListener('change', apply);
    return () => {
      media.removeEventListener('change', apply);
      root.classList.toggle('dark', wasDark);
    };
  }, [theme]);
}
