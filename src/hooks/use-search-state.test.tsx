import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { useSearchState } from './use-search-state';

type Filter = { tags: string[] };

const parse = (params: URLSearchParams): Filter => ({
  tags: params.getAll('tag'),
});
const write = (value: Filter) =>
  new URLSearchParams(value.tags.map((t) => ['tag', t]));

/** Every value the page rendered with, in order. */
const seen: Filter[] = [];
/** The value the page's button writes. */
const NEXT: Filter = { tags: ['b'] };

function Page() {
  const [filter, set] = useSearchState(parse, write);
  seen.push(filter);
  return (
    <>
      <p>{filter.tags.join(',') || 'none'}</p>
      <button onClick={() => set(NEXT)}>Write b</button>
    </>
  );
}

const writeB = () => fireEvent.click(screen.getByRole('button'));

function renderAt(url: string) {
  seen.length = 0;
  const router = createMemoryRouter([{ path: '/', Component: Page }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('useSearchState', () => {
  it('shows a written value at once and keeps that same object once the URL catches up', async () => {
    const router = renderAt('/?tag=a');
    writeB();
    expect(await screen.findByText('b')).toBeInTheDocument();
    await act(async () => {});
    expect(router.state.location.search).toBe('?tag=b');
    // Nothing after the write is a new parse of the same URL.
    const after = seen.slice(seen.indexOf(NEXT));
    expect(after.length).toBeGreaterThan(1);
    expect(after.every((v) => v === NEXT)).toBe(true);
  });

  it('lets a URL change it did not write win (Back, a link)', async () => {
    const router = renderAt('/?tag=a');
    writeB();
    await act(async () => {});
    await act(() => router.navigate('/?tag=c'));
    expect(screen.getByText('c')).toBeInTheDocument();
    expect(seen.at(-1)).toEqual({ tags: ['c'] });
  });
});
