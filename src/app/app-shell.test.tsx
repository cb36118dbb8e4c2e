import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { setScenario } from '@/testing/mocks/scenario';
import { renderApp } from '@/testing/render';

describe('the app shell', () => {
  it('renders the overview with the key figures', async () => {
    renderApp('/');
    const figures = await screen.findByRole('region', { name: 'Key figures' });
    expect(within(figures).getByText('9,000+')).toBeInTheDocument();
    expect(within(figures).getByText('250')).toBeInTheDocument();
    expect(
      within(figures).getByText('Salt Lake City, Utah'),
    ).toBeInTheDocument();
    expect(
      within(figures).getByText('12–15 November 2024'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('navigation', { name: 'Main' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Skip to content' }),
    ).toHaveAttribute('href', '#main');
  });

  it('shows the 404 page for an unknown URL', async () => {
    renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Go to the overview' }),
    ).toHaveAttribute('href', '/');
  });

  it('names the file and field of a schema violation, and recovers on retry', async () => {
    setScenario('schema-violation:awards');
    renderApp('/awards');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'awards.json: categories[0].winners[2].rank: expected a number',
    );
    // The header and navigation keep working.
    expect(
      screen.getByRole('navigation', { name: 'Main' }),
    ).toBeInTheDocument();

    setScenario('ok');
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Try again' }),
    );
    expect(await screen.findByText('Capital One')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps cached data on screen when a refetch fails', async () => {
    const { queryClient } = renderApp('/awards');
    expect(await screen.findByText('Reddit')).toBeInTheDocument();
    setScenario('server-error:awards');
    await queryClient.refetchQueries({ queryKey: ['awards'] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('showing the last data loaded');
    expect(alert).toHaveTextContent('awards.json: the server answered 500');
    expect(screen.getByText('Reddit')).toBeInTheDocument();
  });

  it('reports a failed catalog on every page without crashing', async () => {
    setScenario('invalid-json:catalog');
    renderApp('/announcements');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('events.json: is not valid JSON');
    await waitFor(() =>
      expect(document.title).toBe('Announcements · CNCF Explorer'),
    );
  });

  it('says "not published" for figures the source does not give', async () => {
    renderApp('/awards');
    await screen.findByText('Capital One');
    expect(screen.getAllByText('not published')).toHaveLength(4);
    expect(screen.getByText('5,160+')).toBeInTheDocument();
  });
});
