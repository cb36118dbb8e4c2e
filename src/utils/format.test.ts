// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  formatDate,
  formatDateRange,
  formatFigure,
  formatFigureValue,
} from './format';

describe('formatFigure', () => {
  it('keeps the source’s hedging', () => {
    expect(formatFigureValue({ value: 9000, qualifier: 'more-than' })).toBe(
      '9,000+',
    );
    expect(formatFigureValue({ value: 250, qualifier: 'about' })).toBe(
      'about 250',
    );
    expect(
      formatFigure({
        value: 20000,
        max: 30000,
        qualifier: 'range',
        unit: 'developers',
      }),
    ).toBe('20,000–30,000 developers');
    expect(formatFigure({ value: 25, qualifier: 'up-to', unit: '%' })).toBe(
      'up to 25%',
    );
    expect(
      formatFigure({ value: 20000, qualifier: 'more-than', unit: 'nodes' }),
    ).toBe('20,000+ nodes');
    expect(
      formatFigure({ value: 500, qualifier: 'exact', unit: 'Kubestronauts' }),
    ).toBe('500 Kubestronauts');
  });
});

describe('dates', () => {
  it('formats calendar dates without time-zone drift', () => {
    expect(formatDate('2024-11-12')).toBe('12 November 2024');
    expect(formatDateRange('2024-11-12', '2024-11-15')).toBe(
      '12–15 November 2024',
    );
    expect(formatDateRange('2024-10-30', '2024-11-02')).toBe(
      '30 October 2024 – 2 November 2024',
    );
  });
});
