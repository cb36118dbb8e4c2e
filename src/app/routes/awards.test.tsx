import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/testing/render';

async function findSection(name: RegExp) {
  return screen.findByRole('region', { name }, { timeout: 5000 });
}

describe('/awards', () => {
  it('ranks the End User Award winners 1 to 3 with their reasons', async () => {
    renderApp('/awards');
    const endUser = await findSection(/End User Awards 2024/);
    const items = within(within(endUser).getByRole('list')).getAllByRole(
      'listitem',
    );
    expect(
      items.map((li) => within(li).getByRole('heading').textContent),
    ).toEqual(['Adobe', 'Capital One', 'Reddit']);
    expect(items[0]).toHaveTextContent('1st place');
    expect(items[0]).toHaveTextContent(/Creative Cloud/);
    expect(items[1]).toHaveTextContent(/Cloud Custodian/);
    expect(items[2]).toHaveTextContent(/hybrid cloud/);
  });

  it('shows the published figures and "not published" for the rest, never 0', async () => {
    renderApp('/awards');
    const endUser = await findSection(/End User Awards 2024/);
    const [adobe, capitalOne] = within(endUser).getAllByRole('listitem');
    expect(adobe).toHaveTextContent(/Contributions\s*5,160\+/);
    expect(adobe).toHaveTextContent(/Projects\s*46/);
    expect(within(capitalOne!).getAllByText('not published')).toHaveLength(2);
    expect(endUser.textContent).not.toMatch(/\b0\b/);
  });

  it('says who the Lifetime Achievement winner is, and that no Community winners are named', async () => {
    renderApp('/awards');
    const lifetime = await findSection(/Lifetime Achievement Award 2024/);
    expect(within(lifetime).getByRole('heading', { name: 'Tim Hockin' }));
    expect(lifetime).toHaveTextContent(
      /Distinguished Software Engineer, Google/,
    );
    expect(lifetime).toHaveTextContent(/co-founders of Kubernetes/);
    const community = await findSection(/Community Awards 2024/);
    expect(community).toHaveTextContent(/No winners named/);
    expect(within(community).queryByRole('list')).toBeNull();
  });

  it('filters by award and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/awards?award=lifetime');
    await findSection(/Lifetime Achievement/);
    expect(screen.queryByRole('region', { name: /End User/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'End User Awards' }));
    expect(router.state.location.search).toBe('?award=end-user');
    await findSection(/End User Awards/);
    expect(screen.queryByRole('region', { name: /Lifetime/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'All awards' }));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(screen.getAllByRole('region')).toHaveLength(3));
  });

  it('ignores an unknown filter value', async () => {
    renderApp('/awards?award=%3Cscript%3E');
    await findSection(/Community Awards/);
    expect(screen.getByRole('radio', { name: 'All awards' })).toBeChecked();
  });

  it('links to the embed setup page', async () => {
    renderApp('/awards');
    expect(
      await screen.findByRole('link', { name: /Embed this leaderboard/ }),
    ).toHaveAttribute('href', '/awards/embed');
  });
});
