import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { STATUS_COLORS } from '@/components/status/status-style';
import { observabilityFixture } from '@/testing/mocks/fixtures/observability-category';

import { computeLandscapeLayout } from '../layout/compute-landscape-layout';
import { parseView, selectView } from '../view-state';
import { LandscapeChart } from './landscape-chart';

function renderChart(
  search = '',
  onOpen = vi.fn(),
  onZoom = vi.fn(),
  renderer: 'auto' | 'svg' | 'canvas' = 'auto',
) {
  const selection = selectView(
    observabilityFixture,
    parseView(new URLSearchParams(search)),
    '2026-08-07',
  );
  const result = render(
    <LandscapeChart
      landscape={observabilityFixture}
      selection={selection}
      width={1200}
      height={720}
      title="Observability landscape"
      theme="light"
      animate={false}
      onOpen={onOpen}
      onZoom={onZoom}
      renderer={renderer}
    />,
  );
  return { ...result, onOpen, onZoom };
}

// The shipped category: 217 items (Observability 167, Continuous
// Optimization 27, Chaos Engineering 12, Feature Flagging 11).
const ITEMS = observabilityFixture.items.length;

describe('LandscapeChart', () => {
  it('draws the real category on a canvas by default (150 tiles or more)', () => {
    renderChart();
    const chart = screen.getByRole('img', { name: /Observability landscape/ });
    expect(ITEMS).toBe(217);
    expect(chart.tagName.toLowerCase()).toBe('canvas');
  });

  it('draws one tile per item, labelled, inside a named image', () => {
    const { container } = renderChart('', vi.fn(), vi.fn(), 'svg');
    const chart = screen.getByRole('img', { name: /Observability landscape/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(container.querySelectorAll('[data-tile]')).toHaveLength(ITEMS);
    const labels = [
      ...container.querySelectorAll('svg[role="img"] > g text'),
    ].map((t) => t.textContent);
    expect(labels).toContain('Prometheus');
    expect(labels).toContain('OpenTelemetry');
    // Subcategory headings carry their counts.
    const headings = [...container.querySelectorAll('[data-group] text')].map(
      (t) => t.textContent,
    );
    expect(headings).toEqual(
      expect.arrayContaining([
        'Observability (167)',
        'Continuous Optimization (27)',
      ]),
    );
  });

  it('lists the same items for keyboard and screen readers', () => {
    renderChart('', vi.fn(), vi.fn(), 'svg');
    const list = screen.getByRole('listbox', { name: /217 items/ });
    expect(within(list).getAllByRole('option')).toHaveLength(ITEMS);
    expect(
      within(list).getByRole('option', {
        name: /^Prometheus: Graduated, Observability/,
      }),
    ).toBeInTheDocument();
  });

  it('moves with the arrow keys and opens the active item with Enter', async () => {
    const user = userEvent.setup();
    const { onOpen } = renderChart('', vi.fn(), vi.fn(), 'svg');
    const list = screen.getByRole('listbox');
    list.focus();
    // Focus activates the first tile (Alibaba Cloud Application Real-Time
    // Service, first by name in the largest group); → moves one tile right.
    await user.keyboard('{ArrowRight}');
    const active = list.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toMatch(
      /^Alibaba Cloud Log Service/,
    );
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('alibaba-cloud-log-service');
  });

  it('shows only the statuses and subcategory asked for', () => {
    const { container } = renderChart('status=graduated&status=incubating');
    expect(container.querySelectorAll('[data-tile]')).toHaveLength(10);
    const zoomed = renderChart('zoom=Chaos+Engineering');
    expect(zoomed.container.querySelectorAll('[data-tile]')).toHaveLength(12);
  });

  it('opens an item or zooms on click, and narrows to search matches', () => {
    // fireEvent: d3-zoom's mousedown handler needs a real window (jsdom gives none).
    const { container, onOpen, onZoom } = renderChart(
      '',
      vi.fn(),
      vi.fn(),
      'svg',
    );
    fireEvent.click(container.querySelector('[data-tile="prometheus"] rect')!);
    expect(onOpen).toHaveBeenCalledWith('prometheus');
    fireEvent.click(
      container.querySelector('[data-group="Feature Flagging"] text')!,
    );
    expect(onZoom).toHaveBeenCalledWith('Feature Flagging');
    // Grafana, Grafana Loki, Mimir, Pyroscope and Tempo match; the rest go.
    const searched = renderChart('q=grafana', vi.fn(), vi.fn(), 'svg');
    const tiles = [...searched.container.querySelectorAll('[data-tile]')];
    expect(tiles.map((t) => t.getAttribute('data-tile')).sort()).toEqual([
      'grafana',
      'grafana-loki',
      'grafana-mimir',
      'grafana-pyroscope',
      'grafana-tempo',
    ]);
  });

  describe('on a canvas (large landscapes)', () => {
    const fills: string[] = [];
    beforeEach(() => {
      fills.length = 0;
      // jsdom draws nothing: a context that records the tile fills.
      const ctx = new Proxy({} as Record<string, unknown>, {
        get: (target, prop: string) =>
          prop in target
            ? target[prop]
            : prop === 'createPattern'
              ? () => ({ setTransform: () => undefined })
              : prop === 'fill'
                ? () => fills.push(String(target.fillStyle))
                : prop === 'measureText'
                  ? () => ({ width: 0 })
                  : () => undefined,
        set: (target, prop: string, value) => {
          target[prop] = value;
          return true;
        },
      });
      vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
        ctx as unknown as CanvasRenderingContext2D,
      );
    });
    afterEach(() => vi.restoreAllMocks());

    it('draws a named canvas, with every item in the list', () => {
      renderChart('', vi.fn(), vi.fn(), 'canvas');
      const chart = screen.getByRole('img', {
        name: /Observability landscape/,
      });
      expect(chart.tagName.toLowerCase()).toBe('canvas');
      expect(chart).toHaveAccessibleName(/217 items in 4 subcategories/);
      expect(chart).toHaveAttribute('data-drawn-tiles', String(ITEMS));
      expect(fills).toContain(STATUS_COLORS.graduated);
      // From 600 items the list is windowed; 217 are all listed.
      const list = screen.getByRole('listbox', { name: /217 items/ });
      expect(within(list).getAllByRole('option')).toHaveLength(ITEMS);
    });

    it('opens the tile under a click and zooms into a subcategory', () => {
      const { onOpen, onZoom } = renderChart('', vi.fn(), vi.fn(), 'canvas');
      const chart = screen.getByRole('img', {
        name: /Observability landscape/,
      });
      const selection = selectView(
        observabilityFixture,
        parseView(new URLSearchParams()),
        '2026-08-07',
      );
      const layout = computeLandscapeLayout(
        selection.visible,
        observabilityFixture.categories,
        { width: 1200, height: 720 },
      );
      const tile = layout.tiles.find((t) => t.id === 'prometheus')!;
      fireEvent.click(chart, {
        clientX: tile.x + tile.width / 2,
        clientY: tile.y + tile.height / 2,
      });
      expect(onOpen).toHaveBeenCalledWith('prometheus');
      const group = layout.groups.find((g) => g.name === 'Feature Flagging')!;
      fireEvent.click(chart, { clientX: group.x + 4, clientY: group.y + 4 });
      expect(onZoom).toHaveBeenCalledWith('Feature Flagging');
    });
  });
});
