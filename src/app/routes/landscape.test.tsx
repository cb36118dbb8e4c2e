import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { setScenario } from '@/testing/mocks/scenario';
import { renderApp } from '@/testing/render';

/** The route module and its data load lazily; the first test pays for it. */
const LOAD = { timeout: 20_000 };

describe('/landscape', () => {
  it(
    'opens the panel of a deep-linked item with its status history',
    { timeout: 30_000 },
    async () => {
      renderApp('/landscape?item=opentelemetry&date=2024-11-12');
      const panel = await screen.findByRole(
        'region',
        { name: 'OpenTelemetry' },
        LOAD,
      );
      expect(panel).toHaveTextContent(
        'On 12 November 2024, the date shown: Incubating',
      );
      expect(panel).toHaveTextContent('Graduated on 11 May 2026');
      expect(
        within(panel).getByRole('link', { name: /opentelemetry\.io/ }),
      ).toHaveAttribute('href', 'https://opentelemetry.io/');
    },
  );

  it('shows the same filtered items as a table', async () => {
    renderApp('/landscape?view=table&status=graduated&date=2024-11-12');
    const table = await screen.findByRole('table', {}, LOAD);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) => within(r).getByRole('rowheader').textContent),
      // On narrow screens the subcategory and homepage fold under the name.
    ).toEqual([
      expect.stringMatching(/^FluentdObservability/),
      expect.stringMatching(/^JaegerObservability/),
      expect.stringMatching(/^PrometheusObservability/),
    ]);
  });

  it('opens on Observability and Analysis, with a picker for every category', async () => {
    renderApp('/landscape');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Observability and Analysis' },
        LOAD,
      ),
    ).toBeInTheDocument();
    const picker = await screen.findByRole(
      'combobox',
      { name: 'Category' },
      LOAD,
    );
    expect(within(picker).getAllByRole('option')).toHaveLength(1 + 15);
    expect(picker).toHaveValue('Observability and Analysis');
    expect(
      within(picker).getByRole('option', { selected: true }),
    ).toHaveTextContent('Observability and Analysis (217 items)');
  }, 30_000);

  it('names an unknown category and offers the picker', async () => {
    renderApp('/landscape?category=Nope');
    const alert = await screen.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('The landscape has no category “Nope”.');
    expect(screen.getByRole('combobox', { name: 'Category' })).toBeVisible();
  });

  it('names the file and field when the data is broken', async () => {
    setScenario('schema-violation:landscape');
    renderApp('/landscape');
    const alert = await screen.findByRole('alert', {}, LOAD);
    expect(alert).toHaveTextContent('observability-and-analysis.json');
    expect(alert).toHaveTextContent(/items\[0\]\.dates\.accepted/);
  });
});
