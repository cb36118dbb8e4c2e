// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  effectiveEmbedTheme,
  DEFAULT_EMBED_PARAMS,
  embedParamProblems,
  embedParamsToSearch,
  parseEmbedParams,
} from './embed-params';

describe('parseEmbedParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseEmbedParams('')).toEqual(DEFAULT_EMBED_PARAMS);
    expect(DEFAULT_EMBED_PARAMS).toEqual({
      award: 'all',
      theme: 'auto',
      bg: null,
      accent: null,
      limit: null,
      title: true,
    });
  });

  it('reads every valid parameter', () => {
    expect(
      parseEmbedParams(
        '?award=end-user&theme=dark&bg=transparent&accent=%23FF8800&limit=2&title=off',
      ),
    ).toEqual({
      award: 'end-user',
      theme: 'dark',
      bg: 'transparent',
      accent: '#ff8800',
      limit: 2,
      title: false,
    });
  });

  it.each([
    ['#abc'],
    ['#abcd'],
    ['#a1b2c3'],
    ['#a1b2c3d4'],
    ['rgb(0, 128, 255)'],
    ['rgba(0,128,255,0.5)'],
    ['rgb(0 128 255 / 50%)'],
    ['rgb(10%, 20%, 30%)'],
    ['hsl(210, 50%, 40%)'],
    ['hsl(210deg 50% 40% / 0.3)'],
    ['rebeccapurple'],
    ['White'],
  ])('accepts the colour %s', (colour) => {
    const params = parseEmbedParams(new URLSearchParams({ bg: colour }));
    expect(params.bg).toBe(colour.toLowerCase());
  });

  it.each([
    ['red;background:url(https://evil.example/x.png)'],
    ['</style><script>alert(1)</script>'],
    ['"><img src=x onerror=alert(1)>'],
    ['expression(alert(1))'],
    ['url(javascript:alert(1))'],
    ['var(--x)'],
    ['red}body{display:none'],
    ['#12345'],
    ['#ggg'],
    ['rgb(300, 0, 0)'],
    ['rgb(10%, 20, 30)'],
    ['rgba(0,0,0,2)'],
    ['hsl(400, 50%, 50%)'],
    ['hsl(20, 50, 50)'],
    ['notacolour'],
    ['currentcolor'],
    ['inherit'],
    [' '],
    ['#' + 'a'.repeat(100)],
    ['red\u0000'],
  ])('refuses the hostile or malformed colour %j', (colour) => {
    const params = parseEmbedParams(
      new URLSearchParams({ bg: colour, accent: colour }),
    );
    expect(params.bg).toBeNull();
    expect(params.accent).toBeNull();
  });

  it('accepts transparent for the background only', () => {
    const params = parseEmbedParams('?bg=transparent&accent=transparent');
    expect(params.bg).toBe('transparent');
    expect(params.accent).toBeNull();
  });

  it.each([
    ['award', '__proto__'],
    ['award', 'END-USER'],
    ['theme', 'solarized'],
    ['theme', ''],
    ['title', 'yes'],
    ['limit', '0'],
    ['limit', '-1'],
    ['limit', '11'],
    ['limit', '1.5'],
    ['limit', '1e1'],
    ['limit', 'abc'],
    ['limit', '999999999999999999999'],
  ])('falls back to the default for %s=%j', (name, value) => {
    const params = parseEmbedParams(new URLSearchParams([[name, value]]));
    expect(params).toEqual(DEFAULT_EMBED_PARAMS);
  });

  it('keeps the valid parameters when others are malformed', () => {
    expect(
      parseEmbedParams('?award=lifetime&theme=%3Cscript%3E&limit=x&foo=bar'),
    ).toEqual({ ...DEFAULT_EMBED_PARAMS, award: 'lifetime' });
  });

  it('uses the first of repeated parameters', () => {
    expect(parseEmbedParams('?theme=dark&theme=light').theme).toBe('dark');
  });
});

describe('embedParamsToSearch', () => {
  it('is empty for the defaults', () => {
    expect(embedParamsToSearch(DEFAULT_EMBED_PARAMS)).toBe('');
  });

  it('round-trips through parseEmbedParams', () => {
    const params = {
      award: 'community',
      theme: 'light',
      bg: 'rgb(0 0 0 / 50%)',
      accent: '#ff0000',
      limit: 3,
      title: false,
    } as const;
    const search = embedParamsToSearch(params);
    expect(search).toBe(
      '?award=community&theme=light&bg=rgb%280+0+0+%2F+50%25%29&accent=%23ff0000&limit=3&title=off',
    );
    expect(parseEmbedParams(search)).toEqual(params);
  });
});

describe('effectiveEmbedTheme', () => {
  it('keeps the chosen theme on an opaque background', () => {
    expect(effectiveEmbedTheme({ theme: 'auto', bg: null })).toBe('auto');
    expect(effectiveEmbedTheme({ theme: 'auto', bg: '#102030' })).toBe('auto');
    expect(effectiveEmbedTheme({ theme: 'dark', bg: null })).toBe('dark');
  });

  it('never follows the visitor’s system on a transparent background', () => {
    expect(effectiveEmbedTheme({ theme: 'auto', bg: 'transparent' })).toBe(
      'light',
    );
    expect(effectiveEmbedTheme({ theme: 'light', bg: 'transparent' })).toBe(
      'light',
    );
    expect(effectiveEmbedTheme({ theme: 'dark', bg: 'transparent' })).toBe(
      'dark',
    );
  });
});

describe('embedParamProblems', () => {
  it('has nothing to say about valid options', () => {
    expect(
      embedParamProblems(
        '?award=end-user&theme=dark&bg=transparent&accent=%23FF8800&limit=2&title=off',
      ),
    ).toEqual([]);
    expect(embedParamProblems('')).toEqual([]);
  });

  it('names each ignored value and what was expected', () => {
    expect(
      embedParamProblems('?theme=Dark&limit=0&title=no&bg=url(x)'),
    ).toEqual([
      'CNCF Explorer embed: theme="Dark" ignored, the default is used (expected auto, light, dark).',
      'CNCF Explorer embed: limit="0" ignored, the default is used (expected a whole number from 1 to 10).',
      'CNCF Explorer embed: title="no" ignored, the default is used (expected on or off).',
      'CNCF Explorer embed: bg="url(x)" ignored, the default is used (expected transparent or a CSS colour (#rgb, #rrggbb, rgb(), hsl(), a name)).',
    ]);
  });

  it('names unknown options once, and cuts long values', () => {
    const notes = embedParamProblems(
      `?categories=a&categories=b&accent=${'x'.repeat(100)}`,
    );
    expect(notes).toHaveLength(2);
    expect(notes[0]).toBe(
      'CNCF Explorer embed: unknown option "categories" ignored (options: award, theme, bg, accent, limit, title).',
    );
    expect(notes[1]).toContain(`accent="${'x'.repeat(40)}…" ignored`);
  });
});
