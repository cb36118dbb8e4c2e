import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from '@/testing/render';

function snippetBlock(label: string) {
  const heading = screen.getByRole('heading', { name: label });
  return heading.closest('div')!.parentElement!;
}

describe('/awards/embed', () => {
  it('builds the snippet from the chosen options and keeps them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/awards/embed');
    await screen.findByRole(
      'heading',
      { name: 'Embed the award leaderboard' },
      { timeout: 5000 },
    );
    const theme = await screen.findByRole('group', { name: 'Theme' });
    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('radio', { name: 'Transparent' }));
    expect(router.state.location.search).toBe('?theme=dark&bg=transparent');
    const code = within(snippetBlock('Iframe snippet')).getByText(/<iframe/);
    expect(code.textContent).toContain(
      '/embed/leaderboard?theme=dark&amp;bg=transparent"',
    );
    for (const attribute of [
      'title="Award winners at KubeCon + CloudNativeCon North America 2024"',
      'loading="lazy"',
      'referrerpolicy="strict-origin-when-cross-origin"',
      'width="100%"',
      'height="1406"',
    ]) {
      expect(code.textContent).toContain(attribute);
    }
    for (const host of ['light', 'dark']) {
      expect(
        screen.getByTitle(
          `Preview of the embedded leaderboard on a ${host} page`,
        ),
      ).toHaveAttribute('src', '/embed/leaderboard?theme=dark&bg=transparent');
    }
  });

  it('warns when the chosen colours would be unreadable on a host page', async () => {
    const user = userEvent.setup();
    renderApp('/awards/embed');
    await screen.findByRole(
      'heading',
      { name: 'Embed the award leaderboard' },
      { timeout: 5000 },
    );
    const status = await screen.findByRole('status', {
      name: 'Readability check',
    });
    expect(status).toHaveTextContent('');
    const theme = screen.getByRole('group', { name: 'Theme' });
    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(status).toHaveTextContent('');
    await user.click(screen.getByRole('radio', { name: 'Transparent' }));
    expect(status).toHaveTextContent(
      /On a light page the text would be hard to read \(contrast 1\.\d:1/,
    );
    expect(status).not.toHaveTextContent('On a dark page');
    await user.click(within(theme).getByRole('radio', { name: 'Light' }));
    expect(status).toHaveTextContent(/On a dark page the text/);
    expect(status).not.toHaveTextContent('On a light page');
  });

  it('starts the custom accent at the brand colour', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/awards/embed');
    const accent = await screen.findByRole(
      'group',
      { name: 'Accent colour (podium marks)' },
      { timeout: 5000 },
    );
    await user.click(
      within(accent).getByRole('radio', { name: 'Custom colour' }),
    );
    expect(router.state.location.search).toBe('?accent=%230b5cad');
  });

  it('reads its options from the URL', async () => {
    renderApp('/awards/embed?award=lifetime&limit=1&title=off');
    expect(
      await screen.findByRole('radio', { name: 'Lifetime Achievement Award' }),
    ).toBeChecked();
    expect(screen.getByLabelText('Winners per award')).toHaveValue('1');
    expect(
      screen.getByRole('checkbox', { name: 'Show the heading' }),
    ).not.toBeChecked();
  });

  it('confirms a copy, and explains what to do when copying fails', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    renderApp('/awards/embed');
    await user.click(
      await screen.findByRole('button', { name: 'Copy script line' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(
        /^<script src="http.*\/embed\/loader\.js" async><\/script>$/,
      ),
    );
    expect(
      await screen.findByText('Script line copied to the clipboard.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copied ✓' })).toBeVisible();

    await user.click(
      screen.getByRole('button', { name: 'Copy iframe snippet' }),
    );
    expect(
      await screen.findByText('Iframe snippet copied to the clipboard.'),
    ).toBeVisible();
    // Changing an option changes the snippet: the copy no longer matches it.
    await user.click(screen.getByRole('radio', { name: 'Transparent' }));
    expect(
      screen.queryByText('Iframe snippet copied to the clipboard.'),
    ).toBeNull();
    expect(
      within(snippetBlock('Iframe snippet')).getByRole('button', {
        name: 'Copy iframe snippet',
      }),
    ).toBeVisible();

    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(
      screen.getByRole('button', { name: 'Copy iframe snippet' }),
    );
    expect(
      await screen.findByText(/Could not copy automatically/),
    ).toBeVisible();
  });
});
