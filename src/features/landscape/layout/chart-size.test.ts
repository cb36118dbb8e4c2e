// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { chartHeight } from './chart-size';

describe('chartHeight', () => {
  it('gives a phone most of its screen for a small landscape', () => {
    expect(chartHeight(358, 844, { items: 20, groups: 2 })).toBe(591);
  });

  it('gives a category on a phone room for every name (a scroll of a few screens)', () => {
    // Observability and Analysis: 217 items in 4 subcategories.
    const category = chartHeight(358, 844, { items: 217, groups: 5 });
    expect(category).toBe(Math.round((217 * 3400) / 358 + 5 * 48));
    expect(category).toBeLessThanOrEqual(5200);
  });

  it('keeps the whole landscape a compact overview on a phone', () => {
    const whole = chartHeight(358, 844, { items: 2413, groups: 89 });
    expect(whole).toBeGreaterThan(5000);
    expect(whole).toBe(Math.round((2413 * 400) / 358 + 89 * 48));
  });

  it('keeps a wide screen to a 5:3 box inside the window', () => {
    expect(chartHeight(1200, 900, { items: 217, groups: 4 })).toBe(720);
    expect(chartHeight(2400, 900)).toBe(780);
  });

  it('gives the whole landscape a taller overview on a wide screen, within bounds', () => {
    const whole = chartHeight(1200, 900, { items: 2413, groups: 89 });
    expect(whole).toBe(Math.round((2413 * 340 + 89 * 5000) / 1200));
    expect(whole).toBeGreaterThan(720);
    expect(chartHeight(1200, 900, { items: 20_000, groups: 89 })).toBe(3000);
  });

  it('lets a tablet scroll through the whole landscape', () => {
    // 720 px: the content asks for 1,674 px, once capped at 792 (1.1 ×).
    expect(chartHeight(720, 1024, { items: 2413, groups: 77 })).toBe(
      Math.round((2413 * 340 + 77 * 5000) / 720),
    );
  });
});
