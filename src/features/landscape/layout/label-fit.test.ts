import { describe, expect, it } from 'vitest';

import {
  fitLabel,
  MAX_LABEL_PX,
  MIN_LABEL_PX,
  zoomLevelOfDetail,
} from './label-fit';

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
