import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

import { expect, expectNoAxeViolations, test } from './support/fixtures';

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const FIXTURE = readFileSync(
  path.resolve(
    import.meta.dirname,
    '../src/features/landscape/import/fixtures/small-landscape.yml',
  ),
);

/**
 * A landscape host on another origin (another port of 127.0.0.1): `/cors/…`
 * allows cross-origin reads, `/plain/…` does not, `/stall/…` sends half the
 * file and then nothing, `/missing/…` answers 404.
 */
function startHost(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const cors = { 'access-control-allow-origin': '*' };
    if (url.startsWith('/cors/')) {
      res.writeHead(200, { ...cors, 'content-type': 'text/yaml' });
      res.end(FIXTURE);
    } else if (url.startsWith('/plain/')) {
      res.writeHead(200, { 'content-type': 'text/yaml' });
      res.end(FIXTURE);
    } else if (url.startsWith('/stall/')) {
      res.writeHead(200, {
        ...cors,
        'content-type': 'text/yaml',
        'content-length': String(FIXTURE.length),
      });
      res.write(FIXTURE.subarray(0, FIXTURE.length >> 1));
      // …and the rest never comes (the test ends the connection).
    } else {
      res.writeHead(404, cors);
      res.end('not here');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

let host: { server: Server; base: string };
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  host.server.closeAllConnections();
  await new Promise((resolve) => host.server.close(resolve));
});

const sourceUrl = (kind: string) => `${host.base}/${kind}/landscape.yml`;
const landscapePage = (kind: string) =>
  `/landscape?source=${encodeURIComponent(sourceUrl(kind))}`;

/** The worker's first load can be slow on a busy 2-core machine. */
const FIRST_READ = { timeout: 45_000 };

test.describe('Load a landscape by URL', () => {
  test.slow();
  test('shows a landscape from a host that allows it, and again after a reload', async ({
    page,
  }) => {
    await page.goto(landscapePage('cors'));
    const url = sourceUrl('cors');
    const section = page.getByRole('region', { name: 'Open a landscape file' });
    await expect(section.getByRole('status')).toHaveText(
      `${url}: 5 of 5 items shown, 0 rejected.`,
      FIRST_READ,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(url);
    await expect(page.getByText(`Showing ${url}.`)).toBeVisible();
    // A view change keeps the source in the URL.
    await page.reload();
    await expect(section.getByRole('status')).toHaveText(
      `${url}: 5 of 5 items shown, 0 rejected.`,
      FIRST_READ,
    );
    await expectNoAxeViolations(page);
    await page
      .getByRole('button', { name: 'Back to the shipped data' })
      .click();
    await expect(page).not.toHaveURL(/source=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Observability and Analysis',
    );
  });

  test('says when a host does not allow cross-origin reads, and how to fix it', async ({
    page,
  }) => {
    await page.goto(landscapePage('plain'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('127.0.0.1:', FIRST_READ);
    await expect(alert).toContainText(
      'does not allow other sites to read its files, so the browser blocked the download. The host must send the header "Access-Control-Allow-Origin: *"',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Observability and Analysis',
    );
    await alert
      .getByRole('button', { name: 'Back to the shipped data' })
      .click();
    await expect(page).not.toHaveURL(/source=/);
    await expect(alert).toBeHidden();
  });

  test('names a missing file and a source that is not an http(s) URL', async ({
    page,
  }) => {
    await page.goto(landscapePage('missing'));
    await expect(page.getByRole('alert')).toContainText(
      'answered 404 Not Found: there is no file at that address.',
      FIRST_READ,
    );
    await page.goto(
      `/landscape?source=${encodeURIComponent('https://trusted.example@evil.example/landscape.yml')}`,
    );
    await expect(page.getByRole('alert')).toContainText(
      'must be the http(s) address of a landscape.yml',
    );
  });

  test('Cancel ends a download that stalls and leaves the chart as it was', async ({
    page,
  }) => {
    await page.goto('/landscape');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Observability and Analysis',
      FIRST_READ,
    );
    await page
      .getByLabel('Address of a landscape.yml')
      .fill(sourceUrl('stall'));
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(
      page.getByText(/Downloading .*stall\/landscape\.yml… \d+%/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(
      page.getByText(
        /Stopped reading .*stall\/landscape\.yml\. The chart is unchanged\./,
      ),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Observability and Analysis',
    );
  });

  test('a file opened from disk survives a reload until it is closed', async ({
    page,
  }) => {
    await page.goto('/landscape');
    await page.getByLabel('Choose a landscape file…').setInputFiles({
      name: 'mine.yml',
      mimeType: 'text/yaml',
      buffer: FIXTURE,
    });
    const section = page.getByRole('region', { name: 'Open a landscape file' });
    await expect(section.getByRole('status')).toHaveText(
      'mine.yml: 5 of 5 items shown, 0 rejected.',
      FIRST_READ,
    );
    await expect(page).toHaveURL(/source=local/);
    await page.reload();
    await expect(section.getByRole('status')).toHaveText(
      'mine.yml: 5 of 5 items shown, 0 rejected.',
      FIRST_READ,
    );
    await expect(
      page.getByText(/Showing mine\.yml, kept in this browser/),
    ).toBeVisible();
    // The site's Landscape and Timeline links stay with the file.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute(
      'href',
      '/landscape/timeline?source=local',
    );
    await page
      .getByRole('button', { name: 'Back to the shipped data' })
      .click();
    await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute(
      'href',
      '/landscape/timeline',
    );
    await page.goto('/landscape?source=local');
    await expect(page.getByRole('alert')).toContainText(
      'is no longer kept in this browser',
    );
  });
});
