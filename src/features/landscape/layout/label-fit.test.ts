// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  fitLabel,
  MAX_LABEL_PX,
  MIN_LABEL_PX,
  refineLabel,
  zoomLevelOfDetail,
} from './label-fit';

import type { MeasureText } from './label-fit';

describe('fitLabel', () => {
  it('shows a whole name when the tile is big enough', () => {
    expect(fitLabel('Prometheus', 140, 40, 1)).toEqual({
      text: 'Prometheus',
      fontSize: MAX_LABEL_PX,
      truncated: false,
    });
  });

  it('shortens a long name with an ellipsis', () => {
    const label = fitLabel('Logging Operator (Kube Logging)', 90, 30, 1);
    expect(label?.truncated).toBe(true);
    expect(label?.text.endsWith('…')).toBe(true);
    expect(label!.text.length).toBeLessThan(31);
  });

  it('hides the label of a tile too small to read, and shows it once zoomed in', () => {
    expect(fitLabel('Prometheus', 24, 10, 1)).toBeNull();
    const zoomed = fitLabel('Prometheus', 24, 10, 4);
    expect(zoomed).not.toBeNull();
    // Font size is in layout px: on screen it is fontSize × k.
    expect(zoomed!.fontSize * 4).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(zoomed!.fontSize * 4).toBeLessThanOrEqual(MAX_LABEL_PX);
  });
});

describe('fitLabel with a scale (screens read from a distance)', () => {
  it('scales the smallest and largest size', () => {
    expect(fitLabel('Prometheus', 400, 120, 1, 2.4)?.fontSize).toBe(
      MAX_LABEL_PX * 2.4,
    );
    const shrunk = fitLabel('Apache SkyWalking', 200, 90, 1, 2.4);
    expect(shrunk?.fontSize).toBe(MIN_LABEL_PX * 2.4);
    expect(shrunk?.truncated).toBe(true);
    // Legible at scale 1, too small for the scaled minimum.
    expect(fitLabel('Prometheus', 140, 40, 1)).not.toBeNull();
    expect(fitLabel('Prometheus', 140, 40, 1, 2.4)).toBeNull();
  });
});

describe('zoomLevelOfDetail', () => {
  it('rounds zoom to steps of √2', () => {
    expect(zoomLevelOfDetail(1)).toBe(1);
    expect(zoomLevelOfDetail(1.1)).toBe(1);
    expect(zoomLevelOfDetail(2.1)).toBe(2);
    expect(zoomLevelOfDetail(1.5)).toBeCloseTo(Math.SQRT2);
  });
});

describe('refineLabel', () => {
  // A font whose every glyph is 0.6 em wide, 0.7 em when bold.
  const measure: MeasureText = (text, px, weight) =>
    text.length * px * (weight >= 600 ? 0.7 : 0.6);
  const label = (text: string, fontSize: number) => ({
    text,
    fontSize,
    truncated: false,
  });

  it('keeps a label that measures within the room', () => {
    const l = label('Prometheus', 12);
    expect(refineLabel(l, 'Prometheus', 80, 400, 10, measure)).toBe(l);
  });

  it('shrinks a label that is a little too wide', () => {
    // Bold: 10 × 12 × 0.7 = 84 > 80, so 12 × 80 / 84.
    const fitted = refineLabel(
      label('Prometheus', 12),
      'Prometheus',
      80,
      600,
      10,
      measure,
    );
    expect(fitted?.text).toBe('Prometheus');
    expect(fitted?.fontSize).toBeCloseTo((12 * 80) / 84);
  });

  it('shortens what would be too small, to the longest start that fits', () => {
    const fitted = refineLabel(
      label('Logging Operator (Kube Logging)', 12),
      'Logging Operator (Kube Logging)',
      100,
      600,
      10,
      measure,
    );
    expect(fitted).toEqual({
      text: 'Logging Op…',
      fontSize: 12,
      truncated: true,
    });
    expect(measure(fitted!.text, 12, 600)).toBeLessThanOrEqual(100);
    expect(measure('Logging Ope…', 12, 600)).toBeGreaterThan(100);
  });

  it('gives up below three letters', () => {
    expect(
      refineLabel(label('Prometheus', 12), 'Prometheus', 20, 400, 10, measure),
    ).toBeNull();
  });
});
