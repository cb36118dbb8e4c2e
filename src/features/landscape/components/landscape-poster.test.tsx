import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { observabilityFixture } from '@/testing/mocks/fixtures/observability-category';

import { DEFAULT_VIEW, selectView } from '../view-state';
import { LandscapePoster } from './landscape-poster';

import type { LandscapePosterProps } from './landscape-poster';

function renderPoster(
  view: Partial<typeof DEFAULT_VIEW>,
  props: Partial<LandscapePosterProps> = {},
) {
  const date = view.date ?? '2026-08-07';
  const selection = selectView(
    observabilityFixture,
    { ...DEFAULT_VIEW, ...view },
    date,
  );
  return render(
    <LandscapePoster
      landscape={observabilityFixture}
      selection={selection}
      width={1500}
      height={640}
      title="Observability landscape"
      theme="dark"
      animate={false}
      {...props}
    />,
  );
}

const fontSizes = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')].map((t) =>
    Number(t.getAttribute('font-size')),
  );

describe('LandscapePoster', () => {
  it('draws a zoomed subcategory as a named image with nothing to operate', () => {
    const { container } = renderPoster({ zoom: 'Chaos Engineering' });
    expect(
      screen.getByRole('img', { name: /Observability landscape/ }),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('[data-tile]')).toHaveLength(12);
    // No pan, zoom, click or hover-only tooltip: nothing focusable at all.
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(container.querySelector('[tabindex]')).toBeNull();
    const list = screen.getByRole('list', { name: /Items in the chart/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    expect(
      within(list).getByText('Chaos Mesh: Incubating'),
    ).toBeInTheDocument();
  });

  it('scales labels and headings for a screen read from a distance', () => {
    const site = renderPoster({ zoom: 'Chaos Engineering' });
    const siteMax = Math.max(...fontSizes(site.container));
    site.unmount();
    const booth = renderPoster(
      { zoom: 'Chaos Engineering' },
      { labelScale: 2.4 },
    );
    const sizes = fontSizes(booth.container);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...sizes)).toBeGreaterThan(siteMax);
    expect(
      [...booth.container.querySelectorAll('svg text')].map(
        (t) => t.textContent,
      ),
    ).toEqual(expect.arrayContaining(['Chaos Engineering (12)', 'Litmus']));
  });

  it('rings and names the highlighted items, or dims the others', () => {
    const ids = new Set(['opentelemetry', 'holmesgpt']);
    const labelled = renderPoster({ date: '2024-11-12' }, { highlight: ids });
    expect(labelled.getByText('Prometheus')).toBeInTheDocument();
    expect(labelled.container.querySelectorAll('[data-name-tag]')).toHaveLength(
      2,
    );
    labelled.unmount();

    const ringed = renderPoster(
      { date: '2024-11-12' },
      { highlight: ids, tileLabels: false },
    );
    const tags = [...ringed.container.querySelectorAll('[data-name-tag]')];
    expect(tags.map((t) => t.textContent)).toEqual([
      'HolmesGPT',
      'OpenTelemetry',
    ]);
    // Without tile labels, only headings and the tags carry text.
    expect(screen.queryByText('Prometheus', { selector: 'text' })).toBeNull();
    // On the event day HolmesGPT was not yet a CNCF project.
    expect(
      screen.getByText('HolmesGPT: Not a CNCF project'),
    ).toBeInTheDocument();
    expect(screen.getByText('OpenTelemetry: Incubating')).toBeInTheDocument();
    ringed.unmount();

    const dimmed = renderPoster({}, { highlight: ids, emphasis: 'dim' });
    const faded = [...dimmed.container.querySelectorAll('[data-tile]')].filter(
      (g) => g.getAttribute('opacity') === '0.25',
    );
    expect(faded).toHaveLength(observabilityFixture.items.length - 2);
  });
});
