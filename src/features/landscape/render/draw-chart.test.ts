// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { chartPalette, STATUS_COLORS } from '@/components/status/status-style';

import { computeLandscapeLayout } from '../layout/compute-landscape-layout';
import { drawChart } from './draw-chart';
import { onLogoSettled } from './logo-images';

import type { ChartScene, ChartView } from './draw-chart';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

type Call = {
  name: string;
  args: unknown[];
  fillStyle: unknown;
  font: unknown;
};

/** A 2D context that records what is drawn (jsdom has no canvas). */
function recordingContext() {
  const calls: Call[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      if (prop === 'createPattern') return () => ({ setTransform() {} });
      if (prop === 'measureText') {
        // A wide font: 0.7 em per character.
        return (text: string) => ({
          width:
            text.length *
            0.7 *
            parseFloat(/([\d.]+)px/.exec(String(target.font))?.[1] ?? '0'),
        });
      }
      return (...args: unknown[]) =>
        calls.push({
          name: prop,
          args,
          fillStyle: target.fillStyle,
          font: target.font,
        });
    },
    set(target, prop: string, value) {
      target[prop] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const ITEMS = Array.from({ length: 30 }, (_, i) => ({
  id: `item-${i}`,
  name: i === 0 ? 'Prometheus' : `Item ${i}`,
  category: 'Observability and Analysis',
  subcategory: i < 20 ? 'Observability' : 'Chaos Engineering',
}));
const CATEGORIES = [
  {
    name: 'Observability and Analysis',
    subcategories: ['Observability', 'Chaos Engineering'],
  },
];

function scene(overrides: Partial<ChartScene> = {}): ChartScene {
  const layout = computeLandscapeLayout(ITEMS, CATEGORIES, {
    width: 800,
    height: 500,
  });
  const statusById = new Map<string, DisplayStatus>(
    ITEMS.map((item, i) => [item.id, i < 3 ? 'graduated' : 'none']),
  );
  return {
    layout,
    tiles: layout.tiles,
    names: new Map(ITEMS.map((i) => [i.id, i.name])),
    statusById,
    matches: null,
    palette: chartPalette('light'),
    focusId: null,
    ...overrides,
  };
}

const VIEW: ChartView = {
  transform: { x: 0, y: 0, k: 1 },
  lod: 1,
  width: 800,
  height: 500,
  pixelRatio: 2,
};

const count = (calls: Call[], name: string) =>
  calls.filter((c) => c.name === name).length;

describe('drawChart', () => {
  it('mid-glide, names only tiles already their settled size', () => {
    const settled = scene();
    const { ctx, calls } = recordingContext();
    const whole = drawChart(ctx, settled, VIEW);
    expect(whole.labels).toBeGreaterThan(0);
    // Half-way through a glide: Prometheus's tile still half its size,
    // the others already in place (the same objects as the layout's).
    const tiles = settled.layout.tiles.map((t) =>
      t.id === 'item-0'
        ? { ...t, width: t.width / 2, height: t.height / 2 }
        : t,
    );
    const gliding = drawChart(ctx, { ...settled, tiles }, VIEW);
    expect(gliding.labels).toBe(whole.labels - 1);
    const texts = calls
      .filter((c) => c.name === 'fillText')
      .map((c) => c.args[0]);
    expect(texts.filter((t) => t === 'Prometheus')).toHaveLength(1);
  });

  it('fills all tiles of one look as one path', () => {
    const { ctx, calls } = recordingContext();
    drawChart(ctx, scene(), VIEW);
    // Filled tiles once, outlined ones twice (outline, then inside), and
    // the two group boxes.
    expect(count(calls, 'roundRect')).toBe(3 + 27 * 2 + 2);
    const fills = calls
      .filter((c) => c.name === 'fill')
      .map((c) => c.fillStyle);
    const palette = chartPalette('light');
    for (const colour of [
      STATUS_COLORS.graduated,
      STATUS_COLORS.none,
      palette.plainTile,
    ]) {
      expect(fills.filter((f) => f === colour)).toHaveLength(1);
    }
  });

  it('draws square corners when thousands of tiles are in view', () => {
    const many = Array.from({ length: 900 }, (_, i) => ({
      id: `m-${i}`,
      name: `M ${i}`,
      category: 'C',
      subcategory: 'S',
    }));
    const layout = computeLandscapeLayout(
      many,
      [{ name: 'C', subcategories: ['S'] }],
      { width: 800, height: 500 },
    );
    const { ctx, calls } = recordingContext();
    drawChart(
      ctx,
      scene({
        layout,
        tiles: layout.tiles,
        statusById: new Map(),
        names: new Map(),
      }),
      VIEW,
    );
    expect(count(calls, 'rect')).toBe(900 * 2);
    expect(count(calls, 'roundRect')).toBe(1); // the group box
  });

  it('draws only what is in view when zoomed in', () => {
    const { ctx, calls } = recordingContext();
    drawChart(ctx, scene(), { ...VIEW, transform: { x: 0, y: 0, k: 6 } });
    const tiles = count(calls, 'roundRect');
    expect(tiles).toBeGreaterThan(0);
    expect(tiles).toBeLessThan(ITEMS.length / 2);
  });

  it('labels tiles with names that fit and headings with counts', () => {
    const { ctx, calls } = recordingContext();
    drawChart(ctx, scene(), VIEW);
    const texts = calls
      .filter((c) => c.name === 'fillText')
      .map((c) => c.args[0]);
    expect(texts).toContain('Prometheus');
    expect(texts).toContain('Observability (20)');
    expect(texts).toContain('Chaos Engineering (10)');
  });

  it('fits every label inside its tile, wrapping before shortening', () => {
    const { ctx, calls } = recordingContext();
    const long = scene({
      names: new Map(
        ITEMS.map((i) => [i.id, `${i.name} with a much longer product name`]),
      ),
    });
    drawChart(ctx, long, VIEW);
    const labels = calls.filter(
      (c) => c.name === 'fillText' && String(c.args[0]).startsWith('Item'),
    );
    expect(labels.length).toBeGreaterThan(0);
    const tileWidth = long.layout.tiles[0]!.width;
    for (const label of labels) {
      const px = parseFloat(/([\d.]+)px/.exec(String(label.font))?.[1] ?? '');
      // Without a canvas to measure with (Node), widths are 0.6 em a glyph.
      const width = String(label.args[0]).length * 0.6 * px;
      expect(width).toBeLessThanOrEqual(tileWidth);
    }
    // The long names run on to a second line instead of being shortened.
    const texts = calls
      .filter((c) => c.name === 'fillText')
      .map((c) => String(c.args[0]));
    expect(texts).toContain('longer product name');
  });

  it('rings search matches and the keyboard-active tile', () => {
    const { ctx, calls } = recordingContext();
    drawChart(
      ctx,
      scene({ matches: new Set(['item-0', 'item-5']), focusId: 'item-7' }),
      VIEW,
    );
    expect(count(calls, 'strokeRect')).toBe(1);
    const rings = calls.slice(
      calls.findLastIndex((c) => c.name === 'fillText'),
    );
    expect(count(rings, 'roundRect')).toBe(2);
  });

  it('scales the drawing to device pixels and the zoom', () => {
    const { ctx, calls } = recordingContext();
    drawChart(ctx, scene(), { ...VIEW, transform: { x: 10, y: 20, k: 3 } });
    const transforms = calls
      .filter((c) => c.name === 'setTransform')
      .map((c) => c.args);
    expect(transforms).toContainEqual([2, 0, 0, 2, 0, 0]);
    expect(transforms).toContainEqual([6, 0, 0, 6, 20, 40]);
  });

  it('draws logos once loaded, never waiting for them, and keeps the name when one fails', async () => {
    const failing = 'https://logos.test/broken.svg';
    let created = 0;
    vi.stubGlobal(
      'Image',
      class {
        constructor() {
          created += 1;
        }
        src = '';
        decoding = '';
        naturalWidth = 200;
        naturalHeight = 100;
        decode() {
          return this.src === failing
            ? Promise.reject(new Error('broken'))
            : Promise.resolve();
        }
      },
    );
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          public width: number,
          public height: number,
        ) {}
        getContext() {
          return { drawImage() {} };
        }
        transferToImageBitmap() {
          return { width: this.width, height: this.height };
        }
      },
    );
    const logos = new Map<string, string | null>(
      ITEMS.map((i, n) => [
        i.id,
        n === 0 ? failing : `https://logos.test/${i.id}.svg`,
      ]),
    );
    const zoomed = { ...VIEW, transform: { x: 0, y: 0, k: 3 }, lod: 3 };
    const first = recordingContext();
    const settled = new Promise<void>((resolve) => {
      let seen = 0;
      const off = onLogoSettled(() => {
        seen += 1;
        if (seen === created) {
          off();
          resolve();
        }
      });
    });
    const before = drawChart(first.ctx, scene({ logos }), zoomed);
    // The first frame draws names only and starts the loads.
    expect(before.logos).toBe(0);
    expect(before.labels).toBeGreaterThan(0);
    expect(count(first.calls, 'drawImage')).toBe(0);
    await settled;
    const second = recordingContext();
    const after = drawChart(second.ctx, scene({ logos }), zoomed);
    expect(after.logos).toBeGreaterThan(0);
    expect(count(second.calls, 'drawImage')).toBe(after.logos);
    // Prometheus' logo failed: its name is drawn, centred as without one.
    expect(after.labels).toBe(before.labels);
    vi.unstubAllGlobals();
  });
});
