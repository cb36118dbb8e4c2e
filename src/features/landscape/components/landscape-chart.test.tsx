import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { observabilityFixture } from '@/testing/mocks/fixtures/landscape-data';

import { parseView, selectView } from '../view-state';
import { LandscapeChart } from './landscape-chart';

function renderChart(search = '', onOpen = vi.fn(), onZoom = vi.fn()) {
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
    />,
  );
  return { ...result, onOpen, onZoom };
}

describe('LandscapeChart', () => {
  it('draws one tile per item, labelled, inside a named image', () => {
    const { container } = renderChart();
    const chart = screen.getByRole('img', { name: /Observability landscape/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(container.querySelectorAll('[data-tile]')).toHaveLength(72);
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
      expect.arrayContaining(['Observability (54)', 'Chaos Engineering (8)']),
    );
  });

  it('lists the same items for keyboard and screen readers', () => {
    renderChart();
    const list = screen.getByRole('listbox', { name: /72 items/ });
    expect(within(list).getAllByRole('option')).toHaveLength(72);
    expect(
      within(list).getByRole('option', {
        name: /^Prometheus: Graduated, Observability/,
      }),
    ).toBeInTheDocument();
  });

  it('moves with the arrow keys and opens the active item with Enter', async () => {
    const user = userEvent.setup();
    const { onOpen } = renderChart();
    const list = screen.getByRole('listbox');
    list.focus();
    // Focus activates the first tile (Apache SkyWalking); → moves one tile right.
    await user.keyboard('{ArrowRight}');
    const active = list.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toMatch(
      /^AppDynamics/,
    );
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('appdynamics');
  });

  it('shows only the statuses and subcategory asked for', () => {
    const { container } = renderChart('status=graduated&status=incubating');
    expect(container.querySelectorAll('[data-tile]')).toHaveLength(10);
    const zoomed = renderChart('zoom=Chaos+Engineering');
    expect(zoomed.container.querySelectorAll('[data-tile]')).toHaveLength(8);
  });

  it('opens an item or zooms on click, and highlights search matches', () => {
    // fireEvent: d3-zoom's mousedown handler needs a real window (jsdom gives none).
    const { container, onOpen, onZoom } = renderChart('q=grafana');
    fireEvent.click(container.querySelector('[data-tile="prometheus"] rect')!);
    expect(onOpen).toHaveBeenCalledWith('prometheus');
    fireEvent.click(
      container.querySelector('[data-group="Feature Flagging"] text')!,
    );
    expect(onZoom).toHaveBeenCalledWith('Feature Flagging');
    const dimmed = [...container.querySelectorAll('[data-tile]')].filter(
      (g) => g.getAttribute('opacity') === '0.25',
    );
    expect(dimmed).toHaveLength(72 - 5);
  });
});
