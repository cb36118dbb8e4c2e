import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/testing/render';

describe('/embed/leaderboard in the SPA (dev server)', () => {
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
});
