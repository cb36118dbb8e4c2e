import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DEFAULT_BOOTH_CONFIG } from '../booth-params';
import { IDLE_TIMEOUT_MS } from '../model/timing';
import { BoothShow } from './booth-show';

import type { BoothSlide } from '../types';

const INTERVAL_S = 10;

const SLIDES: BoothSlide[] = [
  {
    id: 'event',
    title: 'The event',
    steps: 1,
    sitePath: () => '/',
    render: () => <h1>Event slide</h1>,
  },
  {
    id: 'awards',
    title: 'Awards',
    steps: 2,
    sitePath: () => '/awards',
    render: (step, qrUrl) => <h1 data-qr={qrUrl}>Awards step {step}</h1>,
  },
];

function renderShow() {
  const router = createMemoryRouter(
    [
      {
        path: '/booth',
        element: (
          <BoothShow
            config={{ ...DEFAULT_BOOTH_CONFIG, intervalSeconds: INTERVAL_S }}
            notes={['interval: “x” is not valid; using 15.']}
            slides={SLIDES}
            attractTitle="Welcome"
            attractSubtitle={null}
            exitTo="/"
          />
        ),
      },
      { path: '/', element: <p>Site</p> },
    ],
    { initialEntries: ['/booth'] },
  );
  return { ...render(<RouterProvider router={router} />), router };
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('BoothShow', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens on the attract screen with the ignored settings', () => {
    renderShow();
    expect(heading()).toBe('Welcome');
    expect(screen.getByRole('button', { name: 'Tap to start' })).toBeVisible();
    expect(screen.getByText(/“x” is not valid/)).toBeVisible();
  });

  it('advances at the interval through every step and loops', () => {
    renderShow();
    advance(INTERVAL_S * 1000);
    expect(heading()).toBe('Event slide');
    advance(INTERVAL_S * 1000 - 1);
    expect(heading()).toBe('Event slide');
    advance(1);
    expect(heading()).toBe('Awards step 0');
    advance(INTERVAL_S * 1000);
    expect(heading()).toBe('Awards step 1');
    advance(INTERVAL_S * 1000);
    expect(heading()).toBe('Welcome');
  });

  it('gives each slide a QR URL marked ref=booth', () => {
    renderShow();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute(
      'data-qr',
      'http://localhost:3000/awards?ref=booth',
    );
  });

  it('pauses on keyboard navigation and resumes from the attract screen after 60 s idle', () => {
    renderShow();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(heading()).toBe('Awards step 0');
    expect(screen.getByRole('button', { name: /Play/ })).toBeVisible();
    advance(IDLE_TIMEOUT_MS - 1);
    expect(heading()).toBe('Awards step 0');
    advance(1);
    expect(heading()).toBe('Welcome');
    advance(INTERVAL_S * 1000);
    expect(heading()).toBe('Event slide');
  });

  it('the pause button stops the loop and play restarts it', () => {
    renderShow();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    advance(INTERVAL_S * 3000);
    expect(heading()).toBe('Event slide');
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    advance(INTERVAL_S * 1000);
    expect(heading()).toBe('Awards step 0');
  });

  it('counts transitions in a data attribute', () => {
    const { container } = renderShow();
    const root = container.querySelector('[data-booth]');
    expect(root).toHaveAttribute('data-slide-counter', '0');
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(root).toHaveAttribute('data-slide-counter', '2');
    expect(root).toHaveAttribute('data-phase', 'attract');
  });

  it('leaves no timer or listener behind when it unmounts', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = renderShow();
    fireEvent.click(screen.getByRole('button', { name: 'Tap to start' }));
    advance(INTERVAL_S * 1000);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    const left = added.mock.calls.filter(
      ([type, listener]) =>
        // The router (not the booth) keeps its pagehide listener until the
        // router itself is disposed.
        type !== 'pagehide' &&
        !removed.mock.calls.some(([t, l]) => t === type && l === listener),
    );
    expect(left.map(([type]) => type)).toEqual([]);
  });
});
