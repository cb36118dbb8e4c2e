// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { NAMED_COLOURS } from './css-colour';
import {
  contrastRatio,
  describeContrastProblems,
  findContrastProblems,
  parseCssColour,
} from './embed-contrast';
import { NAMED_COLOUR_HEX } from './named-colours';

import type { EmbedParams } from './embed-params';

type Options = Pick<EmbedParams, 'theme' | 'bg' | 'accent'>;
const options = (patch: Partial<Options>): Options => ({
  theme: 'auto',
  bg: null,
  accent: null,
  ...patch,
});
const rgb = (value: string) => {
  const colour = parseCssColour(value);
  if (!colour) throw new Error(`not a colour: ${value}`);
  return colour;
};
const where = (value: Partial<Options>) =>
  findContrastProblems(options(value)).map(
    (p) => `${p.host}/${p.scheme}/${p.part}`,
  );

describe('parseCssColour', () => {
  it('reads every shape the embed accepts', () => {
    expect(rgb('#0B5CAD')).toEqual({ r: 11, g: 92, b: 173, a: 1 });
    expect(rgb('#abc')).toEqual({ r: 170, g: 187, b: 204, a: 1 });
    expect(rgb('#00000080').a).toBeCloseTo(0.5, 2);
    expect(rgb('rgb(255 0 0 / 50%)')).toEqual({ r: 255, g: 0, b: 0, a: 0.5 });
    expect(rgb('rgba(100%, 0%, 0%, .25)')).toEqual({
      r: 255,
      g: 0,
      b: 0,
      a: 0.25,
    });
    const green = rgb('hsl(120, 100%, 25%)');
    expect([green.r, green.g, green.b]).toEqual([0, 127.5, 0]);
    expect(rgb('Navy')).toEqual({ r: 0, g: 0, b: 128, a: 1 });
  });

  it('refuses what is not a colour', () => {
    expect(parseCssColour('transparent')).toBeNull();
    expect(parseCssColour('var(--x)')).toBeNull();
    expect(parseCssColour('#12')).toBeNull();
  });

  it('knows the value of every named colour the embed accepts', () => {
    expect([...NAMED_COLOUR_HEX.keys()].sort()).toEqual(
      [...NAMED_COLOURS].sort(),
    );
    expect(NAMED_COLOUR_HEX.get('rebeccapurple')).toBe('663399');
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio(rgb('#fff'), rgb('#000'))).toBeCloseTo(21, 5);
    expect(contrastRatio(rgb('#777'), rgb('#fff'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(rgb('#fff'), rgb('#777'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(rgb('red'), rgb('red'))).toBe(1);
  });
});

describe('findContrastProblems', () => {
  it('finds nothing with the theme’s own background', () => {
    for (const theme of ['auto', 'light', 'dark'] as const) {
      expect(where({ theme })).toEqual([]);
    }
  });

  it('flags dark-theme text on a light host page when transparent', () => {
    const problems = where({ theme: 'dark', bg: 'transparent' });
    expect(problems).toContain('light/dark/text');
    expect(problems.every((p) => p.startsWith('light/'))).toBe(true);
  });

  it('treats auto on a transparent background as light: a dark host fails', () => {
    const problems = where({ theme: 'auto', bg: 'transparent' });
    expect(problems).toContain('dark/light/text');
    expect(problems.every((p) => p.startsWith('dark/light/'))).toBe(true);
  });

  it('checks an opaque background of its own against the theme’s text', () => {
    expect(where({ theme: 'light', bg: '#000000' })).toEqual(
      expect.arrayContaining(['light/light/text', 'dark/light/text']),
    );
    expect(where({ theme: 'dark', bg: '#000000' })).toEqual([]);
    // auto follows the visitor: a pale background fails only for dark systems.
    const pale = where({ theme: 'auto', bg: '#f1f5f9' });
    expect(pale).toContain('light/dark/text');
    expect(pale.some((p) => p.includes('/light/'))).toBe(false);
  });

  it('lets a half-transparent background show the host page through', () => {
    const problems = where({ theme: 'light', bg: 'rgba(0, 0, 0, 0.1)' });
    expect(problems).toContain('dark/light/text');
    expect(problems.some((p) => p.startsWith('light/'))).toBe(false);
  });

  it('checks the accent against the background at 3:1', () => {
    const problems = findContrastProblems(
      options({ theme: 'light', accent: '#f1f5f9' }),
    );
    expect(problems.map((p) => p.part)).toEqual(['accent', 'accent']);
    expect(problems[0]!.minimum).toBe(3);
    expect(problems[0]!.ratio).toBeLessThan(1.2);
    expect(where({ theme: 'light', accent: '#0b5cad' })).toEqual([]);
  });
});

describe('describeContrastProblems', () => {
  const describeFor = (value: Partial<Options>) =>
    describeContrastProblems(
      findContrastProblems(options(value)),
      options(value),
    );

  it('names the host page, the faintest text and the figures', () => {
    const [sentence, ...rest] = describeFor({
      theme: 'dark',
      bg: 'transparent',
    });
    expect(rest).toEqual([]);
    expect(sentence).toMatch(
      /^On a light page the text would be hard to read \(contrast 1\.\d:1, WCAG asks for 4\.5:1\)/,
    );
  });

  it('names the visitor’s scheme for auto on a colour of its own', () => {
    expect(describeFor({ theme: 'auto', bg: '#f1f5f9' })).toEqual([
      expect.stringMatching(
        /^On its own background, for visitors whose system is dark, the text/,
      ),
    ]);
  });

  it('says nothing when everything is readable', () => {
    expect(describeFor({})).toEqual([]);
  });
});
