import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { setScenario } from '@/testing/mocks/scenario';
import { renderApp } from '@/testing/render';

/** The machine is shared; rendering after each keystroke can be slow. */
const WAIT = { timeout: 10_000 };

async function cardTitles() {
  const list = await screen.findAllByRole('article', {}, WAIT);
  return list.map((card) => within(card).getByRole('heading').textContent);
}

describe('/announcements', { timeout: 40_000 }, () => {
  it('lists all eight announcements with their key figures', async () => {
    renderApp('/announcements');
    expect(await cardTitles()).toHaveLength(8);
    expect(screen.getByText('All 8 announcements')).toBeInTheDocument();
    const figures = screen
      .getAllByRole('list', { name: 'Key figures' })
      .map((list) => list.textContent);
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.stringContaining('20,000+ nodes'),
        expect.stringContaining('20,000–30,000 developers'),
        expect.stringContaining('500 Kubestronauts'),
      ]),
    );
  });

  it('searches with typos, marks the match and writes the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/announcements');
    await cardTitles();
    await user.type(screen.getByLabelText('Search announcements'), 'flatcr');
    await screen.findByText('1 of 8 announcements', {}, WAIT);
    // "flatcr" is a typo for the whole word, so the whole word is marked
    // (in the title, the names and the summary).
    await waitFor(() => {
      const card = screen.getByRole('article');
      const marks = within(card).getAllByText('Flatcar', { selector: 'mark' });
      expect(marks).toHaveLength(3);
    }, WAIT);
    expect(router.state.location.search).toBe('?q=flatcr');
  });

  it('restores a filtered view from its URL and clears it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/announcements?kind=certification&q=otel');
    expect(await cardTitles()).toEqual([
      'New CNCF certifications for Backstage, OpenTelemetry, Kyverno and platform engineering',
    ]);
    expect(screen.getByLabelText('Search announcements')).toHaveValue('otel');
    expect(
      screen.getByRole('checkbox', { name: /Certification/ }),
    ).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''), WAIT);
    await screen.findByText('All 8 announcements', {}, WAIT);
    expect(screen.getByLabelText('Search announcements')).toHaveValue('');
  });

  it('filters by organisation with counts and shows an empty state', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/announcements');
    await cardTitles();
    const adobe = screen.getByRole('checkbox', { name: 'Adobe, 1 matching' });
    await user.click(adobe);
    expect(router.state.location.search).toBe('?org=Adobe');
    await screen.findByText('1 of 8 announcements', {}, WAIT);
    expect(await cardTitles()).toEqual([
      'Flatcar becomes a CNCF incubating project',
    ]);
    await user.click(screen.getByRole('checkbox', { name: /^Product/ }));
    expect(
      await screen.findByText(/No announcement matches/, {}, WAIT),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(
      await screen.findByText('All 8 announcements', {}, WAIT),
    ).toBeVisible();
  });

  it('focuses the search box on "/" but not while typing', async () => {
    const user = userEvent.setup();
    renderApp('/announcements');
    await cardTitles();
    const search = screen.getByLabelText('Search announcements');
    await user.keyboard('/');
    expect(search).toHaveFocus();
    await user.keyboard('a/b');
    expect(search).toHaveValue('a/b');
  });

  it('says which events the calendar leaves out', async () => {
    renderApp('/announcements');
    const subscribe = await screen.findByRole(
      'region',
      { name: 'Subscribe' },
      WAIT,
    );
    expect(
      within(subscribe).getByText(/KubeCon Japan 2025, KubeCon NA 2026/),
    ).toBeInTheDocument();
    expect(
      within(subscribe).getByRole('link', { name: 'Atom feed' }),
    ).toHaveAttribute('href', '/announcements/feed.xml');
  });

  it('says so when the event has no announcements', async () => {
    setScenario('empty:announcements');
    renderApp('/announcements');
    expect(
      await screen.findByText(/No announcements have been recorded/, {}, WAIT),
    ).toBeInTheDocument();
  });
});

describe('/announcements/:id', { timeout: 40_000 }, () => {
  it('shows every fact, related announcements and neighbours', async () => {
    renderApp('/announcements/new-certifications');
    expect(
      await screen.findByRole(
        'heading',
        {
          level: 1,
          name: 'New CNCF certifications for Backstage, OpenTelemetry, Kyverno and platform engineering',
        },
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('15 November 2024')).toBeInTheDocument();
    expect(
      screen.getByText('Kyverno Certified Associate.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /OpenTelemetry on the observability/ }),
    ).toHaveAttribute('href', '/landscape?item=opentelemetry');
    const nav = screen.getByRole('navigation', { name: /Previous and next/ });
    expect(within(nav).getByRole('link', { name: /Previous/ })).toHaveAttribute(
      'href',
      '/announcements/andela-partnership',
    );
    expect(
      screen.getByRole('region', { name: 'Related announcements' }),
    ).toHaveTextContent('500 Kubestronauts');
  });

  it('says when the source gives no date', async () => {
    renderApp('/announcements/kubevirt-1-4');
    expect(
      await screen.findByText('not given by the source', {}, WAIT),
    ).toBeVisible();
    expect(screen.queryByText(/on the observability landscape/)).toBeNull();
  });

  it('copies the link when there is no share sheet', async () => {
    const user = userEvent.setup();
    const writeText = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockResolvedValue();
    renderApp('/announcements/flatcar-incubating');
    await user.click(
      await screen.findByRole('button', { name: 'Share' }, WAIT),
    );
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/announcements/flatcar-incubating`,
    );
    expect(
      await screen.findByText('Link copied to the clipboard.', {}, WAIT),
    ).toBeVisible();
  });

  it('shows a clear not-found page with a way back', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/announcements/no-such-thing');
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Announcement not found' },
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('no-such-thing')).toBeInTheDocument();
    await user.click(
      screen.getByRole('link', { name: 'See all announcements' }),
    );
    expect(router.state.location.pathname).toBe('/announcements');
  });
});
