import { readShippedLandscape } from '../src/testing/shipped-landscape';
import { expect, test } from './support/fixtures';
import { itemList, openLandscape } from './support/landscape-page';

import type { Download, Page } from '@playwright/test';

/* Exports stand alone: title, date, legend, source, whole names (issue 13). */
const { index, categories } = readShippedLandscape();
const observability = [...categories.values()].find((c) =>
  c.name.endsWith('Observability and Analysis'),
)!;
const CNCF_NAMES = observability.items
  .filter((i) => i.status !== null)
  .map((i) => i.name);
const LEGEND = [
  'Graduated',
  'Incubating',
  'Sandbox',
  'Archived',
  'Not a CNCF project',
];

async function downloadOf(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return file;
}

async function bytesOf(file: Download): Promise<Buffer> {
  return Buffer.concat(await (await file.createReadStream()).toArray());
}

/** The SVG's texts, each as its lines, parsed by the browser's own parser. */
function parseSvg(page: Page, markup: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('SVG does not parse');
    const root = doc.documentElement;
    return {
      width: Number(root.getAttribute('width')),
      title: doc.querySelector('title')?.textContent ?? '',
      texts: [...doc.querySelectorAll('text')].map((text) => {
        const spans = [...text.querySelectorAll('tspan')];
        return spans.length > 0
          ? spans.map((s) => s.textContent ?? '')
          : [text.textContent ?? ''];
      }),
    };
  }, markup);
}

/** A label's lines read back as one name: joined at spaces or inside a word. */
function readings(lines: string[]): string[] {
  const unhyphenated = lines.map((line, i) =>
    i < lines.length - 1 && line.endsWith('-') ? line.slice(0, -1) : line,
  );
  return [lines.join(' '), lines.join(''), unhyphenated.join('')];
}

test('the SVG export of Observability and Analysis stands alone, with every CNCF project named in full', async ({
  page,
}, testInfo) => {
  await openLandscape(page, '/landscape?date=2024-11-12');
  await expect(itemList(page).getByRole('option')).toHaveCount(217);
  const file = await downloadOf(page, 'Download SVG');
  await file.saveAs(testInfo.outputPath('export.svg'));
  const markup = (await bytesOf(file)).toString('utf8');
  const svg = await parseSvg(page, markup);
  const all = svg.texts.map((lines) => lines.join(' ')).join('\n');

  const title = 'CNCF landscape: Observability and Analysis';
  expect(svg.title).toBe(title);
  expect(svg.texts).toContainEqual([title]);
  expect(all).toContain('CNCF status on 12 November 2024');
  // Every legend entry, with counts that add up to the items shown.
  let total = 0;
  for (const entry of LEGEND) {
    const match = all.match(new RegExp(`^${entry} \\((\\d+)\\)$`, 'm'));
    expect(match, entry).not.toBeNull();
    total += Number(match?.[1]);
  }
  expect(total).toBe(217);
  // The source line, as under the chart.
  const { origin } = index;
  expect(all).toMatch(
    new RegExp(
      `Data: ${origin.attribution} \\(${origin.file}, commit ${origin.commit!.slice(0, 8)}`,
    ),
  );
  expect(all).toContain(`used under ${origin.licence}`);
  // Whole names, never shortened.
  expect(CNCF_NAMES).toHaveLength(26);
  const labels = new Set(svg.texts.flatMap(readings));
  for (const name of CNCF_NAMES) expect(labels, name).toContain(name);
  expect(all).not.toContain('…');
  // Tiles with room carry their logos, embedded so the file stands alone.
  const logos = markup.match(/<image [^>]*href="data:image\/svg\+xml;base64,/g);
  expect(logos?.length ?? 0).toBeGreaterThan(10);
  expect(markup).not.toContain('hosted_logos/');
});

test('the PNG export is an A4-width PNG (at least 2,000 px wide)', async ({
  page,
}, testInfo) => {
  await openLandscape(page, '/landscape');
  const file = await downloadOf(page, 'Download PNG');
  await file.saveAs(testInfo.outputPath('export.png'));
  const bytes = await bytesOf(file);
  expect([...bytes.subarray(0, 8)]).toEqual([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(2000);
  expect(height).toBeGreaterThan(width * 0.6);
});
