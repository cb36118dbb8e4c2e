// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { fitLogo, MIN_LOGO_PX, placeLabel } from './chart-style';
import { rasterSize } from './logo-images';

const TILE = { id: 't', groupKey: 'g', x: 10, y: 20, width: 100, height: 80 };
const LABEL = { lines: ['Prometheus'], fontSize: 12, truncated: false };

describe('placeLabel', () => {
  it('puts a logo above the name when the tile has room', () => {
    const place = placeLabel(TILE, LABEL, 'graduated', { lod: 1, logo: true });
    expect(place.logo).not.toBeNull();
    const logo = place.logo!;
    expect(logo.y).toBeGreaterThanOrEqual(TILE.y);
    expect(logo.y + logo.height).toBeLessThanOrEqual(place.top);
    expect(place.top + place.lineHeight).toBeLessThanOrEqual(
      TILE.y + TILE.height,
    );
    expect(logo.height).toBeGreaterThanOrEqual(MIN_LOGO_PX);
  });

  it('centres the name without a logo or without room for one', () => {
    const none = placeLabel(TILE, LABEL, 'none', { lod: 1, logo: false });
    expect(none.logo).toBeNull();
    expect(none.top + none.lineHeight / 2).toBeCloseTo(TILE.y + 40);
    const low = placeLabel({ ...TILE, height: 30 }, LABEL, 'none', {
      lod: 1,
      logo: true,
    });
    expect(low.logo).toBeNull();
  });

  it('bands the label only on patterned statuses', () => {
    const opts = { lod: 1, logo: false };
    expect(placeLabel(TILE, LABEL, 'incubating', opts).band).not.toBeNull();
    expect(placeLabel(TILE, LABEL, 'graduated', opts).band).toBeNull();
    expect(placeLabel(TILE, LABEL, 'none', opts).band).toBeNull();
  });
});

describe('logo fitting', () => {
  it('keeps the aspect ratio inside the box, centred', () => {
    const box = { x: 0, y: 0, width: 100, height: 40 };
    expect(fitLogo(box, { width: 200, height: 100 })).toEqual({
      x: 10,
      y: 0,
      width: 80,
      height: 40,
    });
  });

  it('rasterises at a bounded size, square when the size is unknown', () => {
    expect(rasterSize(300, 105)).toEqual({ width: 128, height: 45 });
    expect(rasterSize(50, 100)).toEqual({ width: 64, height: 128 });
    expect(rasterSize(0, 0)).toEqual({ width: 128, height: 128 });
  });
});
