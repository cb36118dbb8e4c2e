import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

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
