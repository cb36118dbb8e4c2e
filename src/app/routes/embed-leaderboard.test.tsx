import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderApp } from '@/testing/render';

describe('/embed/leaderboard in the SPA (dev server)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the chosen award without the site header, with the same component', async () => {
    renderApp('/embed/leaderboard?award=lifetime&title=off&theme=dark');
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Tim Hockin' },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Adobe' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: /^Awards at/ }),
    ).toHaveClass('sr-only');
    expect(document.documentElement).toHaveClass('dark');
  });

  it('keeps a transparent auto-theme frame light when the system is dark', async () => {
    const real = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
      ...real(query),
      matches: query === '(prefers-color-scheme: dark)',
    }));
    renderApp('/embed/leaderboard?bg=transparent');
    expect(
      await screen.findByRole('heading', { name: 'Adobe' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(document.documentElement).not.toHaveClass('dark');
  });
});
