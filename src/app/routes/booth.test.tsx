import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderApp } from '@/testing/render';

describe('/booth', () => {
  it('renders without the site header and footer, with a way back', async () => {
    renderApp('/booth?slides=awards,event');
    expect(
      await screen.findByRole(
        'button',
        { name: 'Tap to start' },
        // The first test also pays for loading the lazy route module.
        { timeout: 8000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.getByRole('link', { name: 'Exit to site' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('shows the configured slides with their data, in the given order', async () => {
    renderApp('/booth?slides=awards,event');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tap to start' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: /End User Awards/ }),
    ).toBeVisible();
    expect(screen.getByText('Adobe')).toBeVisible();
    expect(
      screen.getByRole('img', { name: /QR code for .*\/awards\?ref=booth/ }),
    ).toBeVisible();
  });

  it('lists invalid settings on the attract screen', async () => {
    renderApp('/booth?interval=fast&theme=neon');
    const notes = await screen.findByRole('region', {
      name: 'Ignored settings',
    });
    expect(notes).toHaveTextContent('interval: “fast”');
    expect(notes).toHaveTextContent('theme: “neon”');
  });
});

describe('/booth landscape slides', () => {
  // 217 tiles per chart: a busy 2-core machine needs more than 5 s.
  const SLOW = { timeout: 15_000 };
  // jsdom lays nothing out; give the chart's box a 1080p-sized area.
  const box = () =>
    vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue(new DOMRect(0, 0, 1500, 620));
  afterEach(() => vi.restoreAllMocks());

  const tiles = (container: HTMLElement) =>
    container.querySelectorAll('svg[role="img"] [data-tile]').length;

  it('tours the chart: the whole landscape, then zoomed into the stop', async () => {
    box();
    const { container } = renderApp('/booth?slides=landscape');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tap to start' }),
    );
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Feature Flagging',
      }),
    ).toBeVisible();
    // First the stop's place in the whole category (217 items), checked in
    // the same DOM state as its label: this stage lasts about a second, and
    // a busy machine may resume the test only after the zoom has begun.
    await waitFor(() => {
      expect(
        screen.getByRole('img', { name: /Feature Flagging picked out/ }),
      ).toBeInTheDocument();
      expect(tiles(container)).toBe(217);
    }, SLOW);
    // …then the chart zooms into its 11 items.
    await screen.findByRole(
      'img',
      { name: /Analysis, Feature Flagging, on/ },
      SLOW,
    );
    expect(tiles(container)).toBe(11);
    const legend = screen.getByRole('list', {
      name: 'CNCF status in Feature Flagging',
    });
    expect(
      within(legend).getByText('Incubating').closest('li'),
    ).toHaveTextContent('Incubating 1');
    expect(screen.getByText(/^11 of 217 items/)).toBeVisible();
    // A visitor moves on: the next stop.
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    await screen.findByRole('img', { name: /, Chaos Engineering, on/ }, SLOW);
    expect(tiles(container)).toBe(12);
  }, 40_000);

  it('shows the landscape on the event day, then now, with what changed', async () => {
    box();
    const { container } = renderApp('/booth?slides=then-now');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tap to start' }),
    );
    expect(
      await screen.findByRole('img', { name: /on 12 November 2024 / }),
    ).toBeInTheDocument();
    expect(tiles(container)).toBe(217);
    const tags = () =>
      [...container.querySelectorAll('[data-name-tag]')].map(
        (t) => t.textContent,
      );
    expect(tags()).toEqual(['HolmesGPT', 'OpenTelemetry']);
    const table = screen.getByRole('table', {
      name: 'CNCF projects by status',
    });
    const row = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr')!.textContent;
    expect(row('Graduated')).toBe('Graduated34');
    expect(row('Incubating')).toBe('Incubating76');
    expect(row('Sandbox')).toBe('Sandbox1112');
    expect(row('Total')).toBe('Total2526');
    const changed = screen.getByRole('region', {
      name: 'Changed since the event',
    });
    expect(changed).toHaveTextContent('OpenTelemetryIncubating → Graduated');
    expect(changed).toHaveTextContent('HolmesGPTNot a CNCF project → Sandbox');
    // A few seconds later the chart shows the latest data.
    expect(
      await screen.findByRole(
        'img',
        { name: /on 7 August 2026 / },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(tiles(container)).toBe(217);
    expect(tags()).toEqual(['HolmesGPT', 'OpenTelemetry']);
  });
});

describe('/booth/setup', () => {
  it('builds the booth address from the form', async () => {
    renderApp('/booth/setup');
    const address = await screen.findByRole('textbox', {
      name: 'Booth address',
    });
    expect(address).toHaveValue(
      'http://localhost:3000/booth?slides=event,awards,announcements,landscape,then-now&interval=15&theme=dark&qr=on',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Award podium/ }));
    fireEvent.change(screen.getByLabelText('Seconds per slide'), {
      target: { value: '12' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Light background' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /QR code/ }));
    await waitFor(() =>
      expect(address).toHaveValue(
        'http://localhost:3000/booth?slides=event,announcements,landscape,then-now&interval=12&theme=light&qr=off',
      ),
    );
    expect(screen.getByTitle('Preview of the booth screen')).toHaveAttribute(
      'src',
      '/booth?slides=event,announcements,landscape,then-now&interval=12&theme=light&qr=off',
    );
  });

  it('explains an out-of-range interval and keeps the last valid one', async () => {
    renderApp('/booth/setup?interval=20');
    const input = await screen.findByLabelText('Seconds per slide');
    fireEvent.change(input, { target: { value: '2' } });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/the address keeps 20/)).toBeVisible();
  });
});
