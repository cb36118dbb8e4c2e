// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { layoutTileLabels, viewFontPx, wrapName } from './tile-labels';

import type { MeasureText } from './label-fit';

/** Every glyph 0.6 em wide, counting calls. */
function counter() {
  const seen: string[] = [];
  const measure: MeasureText = (text, px) => {
    seen.push(text);
    return text.length * 0.6 * px;
  };
  return { measure, seen };
}

const fitsChars = (n: number) => (text: string) => text.length <= n;

describe('wrapName', () => {
  it('keeps a name whole on one line when it fits', () => {
    expect(wrapName('Prometheus', 2, fitsChars(12))).toEqual({
      lines: ['Prometheus'],
      truncated: false,
    });
  });

  it('wraps to two lines before shortening', () => {
    expect(
      wrapName('Logging Operator (Kube Logging)', 2, fitsChars(16)),
    ).toEqual({
      lines: ['Logging Operator', '(Kube Logging)'],
      truncated: false,
    });
    expect(wrapName('Inspektor Gadget', 2, fitsChars(10))).toEqual({
      lines: ['Inspektor', 'Gadget'],
      truncated: false,
    });
  });

  it('breaks one long word at a case change, and shortens only the last line', () => {
    expect(wrapName('OpenTelemetry', 2, fitsChars(9))).toEqual({
      lines: ['Open', 'Telemetry'],
      truncated: false,
    });
    const long = wrapName(
      'Grafana Cloud Frontend Observability',
      2,
      fitsChars(12),
    );
    expect(long?.lines[0]).toBe('Grafana');
    expect(long?.lines[1]).toMatch(/…$/);
    expect(long?.truncated).toBe(true);
  });
});

describe('wrapName with a bracketed qualifier', () => {
  it('drops the qualifier before cutting a name short', () => {
    expect(
      wrapName('Logging Operator (Kube Logging)', 2, fitsChars(9)),
    ).toEqual({ lines: ['Logging', 'Operator'], truncated: true });
  });

  it('keeps the qualifier when the whole name fits', () => {
    expect(wrapName('The Update Framework (TUF)', 2, fitsChars(20))).toEqual({
      lines: ['The Update Framework', '(TUF)'],
      truncated: false,
    });
  });

  it('cuts with an ellipsis when even the bare name does not fit', () => {
    const label = wrapName(
      'Container Network Interface (CNI)',
      1,
      fitsChars(12),
    );
    expect(label?.truncated).toBe(true);
    expect(label?.lines).toEqual(['Container N…']);
  });
});

describe('layoutTileLabels', () => {
  const tiles = ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    width: 90,
    height: 40,
  }));
  const names = new Map([
    ['a', 'Grafana Loki Enterprise Edition'],
    ['b', 'Grafana Loki Enterprise Logs'],
    ['c', 'Jaeger'],
    ['d', 'Elasticsearch'],
  ]);

  it('sets every label of a view in one type size', () => {
    const { measure } = counter();
    const labels = layoutTileLabels(tiles, names, {
      lod: 1,
      weightOf: () => 400,
      measure,
    });
    const sizes = new Set([...labels.values()].map((l) => l.fontSize));
    expect(sizes.size).toBe(1);
    expect([...sizes][0]).toBe(viewFontPx(tiles, 1));
  });

  it('never lets two shortened names read the same', () => {
    const { measure } = counter();
    const labels = layoutTileLabels(tiles, names, {
      lod: 1,
      weightOf: () => 400,
      measure,
    });
    const texts = [...labels.values()].map((l) => l.lines.join(' '));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps more of the end where two shortened names end in the same word', () => {
    const { measure } = counter();
    // One line each: "Aliba…Service" would stand for both.
    const narrow = ['x', 'y'].map((id) => ({ id, width: 90, height: 22 }));
    const alike = new Map([
      ['x', 'Alibaba Cloud Application Real-Time Monitoring Service'],
      ['y', 'Alibaba Cloud Log Service'],
    ]);
    const labels = layoutTileLabels(narrow, alike, {
      lod: 1,
      weightOf: () => 400,
      measure,
    });
    expect(labels.size).toBe(2);
    const texts = [...labels.values()].map((l) => l.lines.join(' '));
    expect(new Set(texts).size).toBe(2);
    expect(texts).toContainEqual(expect.stringMatching(/…Log Service$/));
  });

  it('measures each name once per weight, not once per zoom level', () => {
    const { measure, seen } = counter();
    const other = new Map([...names].map(([id, n]) => [id, `${n} x9`]));
    for (const lod of [1, 1.41, 2, 2.83, 4])
      layoutTileLabels(tiles, other, { lod, weightOf: () => 700, measure });
    expect(seen.length).toBe(new Set(seen).size);
  });
});
