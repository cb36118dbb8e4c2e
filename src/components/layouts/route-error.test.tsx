import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { RouteError } from './route-error';

let broken = false;

function Boom() {
  if (broken) throw new Error('rendering exploded');
  return <p>Recovered</p>;
}

function Shell() {
  return (
    <>
      <nav aria-label="Main">Header stays</nav>
      <Outlet />
    </>
  );
}

describe('RouteError', () => {
  it('contains a crash to its route and offers a retry and a way home', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    const router = createMemoryRouter(
      [
        {
          path: '/',
          Component: Shell,
          children: [
            { index: true, Component: Boom, ErrorBoundary: RouteError },
          ],
        },
      ],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} />);
    expect(
      await screen.findByRole('heading', {
        name: 'This page could not be shown',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toHaveTextContent(
      'Header stays',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('rendering exploded');
    expect(
      screen.getByRole('link', { name: 'Back to the overview' }),
    ).toHaveAttribute('href', '/');

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Recovered')).toBeInTheDocument();
  });
});
