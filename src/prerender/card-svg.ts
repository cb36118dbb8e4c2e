import { escapeMarkup } from '@/utils/escape-markup';

import type { CardImage } from './page-meta';

/** One bar of a card's figure: its label and its value. */
export type CardBar = { label: string; value: number; note?: string };

/** What a card shows: a title, a line under it and a small chart. */
export type CardContent = {
  card: CardImage;
  title: string;
  subtitle: string;
  /** `podium`: three steps, tallest in the middle; `bars`: a row of columns. */
  chart: { kind: 'podium' | 'bars' | 'figures'; bars: CardBar[] };
};

/** Pixel size of the card images (Open Graph's recommended 1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
const WIDTH = CARD_SIZE.width;
const HEIGHT = CARD_SIZE.height;
const ACCENT = '#0b5cad';
const INK = '#0f172a';
const MUTED = '#475569';
const FONT =
  'system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif';
/** px: the chart's box at the bottom of the card. */
const CHART = { x: 80, y: 330, width: 1040, height: 230 };

function text(x: number, y: number, size: number, body: string, extra = '') {
  return `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${escapeMarkup(body)}</text>`;
}

/** Columns scaled to the largest value, labelled under and valued above. */
function bars(items: CardBar[]): string {
  const max = Math.max(1, ...items.map((b) => b.value));
  const gap = 24;
  const width = (CHART.width - gap * (items.length - 1)) / items.length;
  return items
    .map((bar, i) => {
      const x = CHART.x + i * (width + gap);
      const h = Math.max(4, (bar.value / max) * (CHART.height - 70));
      const top = CHART.y + CHART.height - 40 - h;
      return [
        `<rect x="${x}" y="${top}" width="${width}" height="${h}" rx="6" fill="${ACCENT}"/>`,
        text(
          x + width / 2,
          top - 10,
          24,
          bar.note ?? String(bar.value),
          `text-anchor="middle" font-weight="700" fill="${INK}"`,
        ),
        text(
          x + width / 2,
          CHART.y + CHART.height - 8,
          20,
          bar.label,
          `text-anchor="middle" fill="${MUTED}"`,
        ),
      ].join('');
    })
    .join('');
}

/** Three steps: second, first, third, with the names on them. */
function podium(items: CardBar[]): string {
  const order = [items[1], items[0], items[2]];
  const heights = [150, 200, 110];
  const width = 300;
  const gap = 20;
  const left = CHART.x + (CHART.width - 3 * width - 2 * gap) / 2;
  return order
    .map((bar, i) => {
      if (!bar) return '';
      const x = left + i * (width + gap);
      const h = heights[i] ?? 100;
      const top = CHART.y + CHART.height - h;
      return [
        `<rect x="${x}" y="${top}" width="${width}" height="${h}" rx="6" fill="${ACCENT}"/>`,
        text(
          x + width / 2,
          top + 44,
          34,
          bar.note ?? '',
          `text-anchor="middle" font-weight="700" fill="#fff"`,
        ),
        text(
          x + width / 2,
          top - 14,
          26,
          bar.label,
          `text-anchor="middle" font-weight="600" fill="${INK}"`,
        ),
      ].join('');
    })
    .join('');
}

/** Large figures side by side with their labels. */
function figures(items: CardBar[]): string {
  const width = CHART.width / Math.max(1, items.length);
  return items
    .map((f, i) => {
      const x = CHART.x + i * width;
      return (
        text(
          x,
          CHART.y + 110,
          72,
          f.note ?? String(f.value),
          `font-weight="800" fill="${ACCENT}"`,
        ) + text(x, CHART.y + 160, 26, f.label, `fill="${MUTED}"`)
      );
    })
    .join('');
}

/** The card as a standalone SVG document, 1200 × 630. */
export function cardSvg(content: CardContent): string {
  const chart =
    content.chart.kind === 'podium'
      ? podium(content.chart.bars)
      : content.chart.kind === 'figures'
        ? figures(content.chart.bars)
        : bars(content.chart.bars);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>
<rect width="${WIDTH}" height="14" fill="${ACCENT}"/>
${text(80, 100, 30, 'CNCF Explorer', `font-weight="700" fill="${ACCENT}"`)}
${text(80, 190, 64, content.title, `font-weight="800" fill="${INK}"`)}
${text(80, 250, 30, content.subtitle, `fill="${MUTED}"`)}
${chart}
</svg>`;
}
