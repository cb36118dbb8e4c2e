import { normaliseCssColour } from './css-colour';
import { effectiveEmbedTheme } from './embed-params';
import { NAMED_COLOUR_HEX } from './named-colours';

import type { EmbedParams } from './embed-params';

/*
 * Whether the embed stays readable with the chosen options, computed with
 * WCAG 2 contrast ratios from the embed's real colours: used by the setup
 * page to warn before an organiser pastes an unreadable combination.
 */

/** An sRGB colour: channels 0–255, alpha 0–1. */
export type Rgba = { r: number; g: number; b: number; a: number };

/** A light or a dark host page (what the setup page previews on). */
export type HostKind = 'light' | 'dark';
export const HOST_BACKGROUNDS: Record<HostKind, string> = {
  light: '#ffffff',
  dark: '#121212',
};

/** WCAG 2 AA minimums: normal text, and marks that carry meaning. */
const MIN_TEXT_CONTRAST = 4.5;
const MIN_MARK_CONTRAST = 3;

/**
 * The embed's colours per theme, as sRGB (Tailwind 4's oklch slate values
 * and the accent tokens of embed.css). Text sits straight on the page
 * background; cards carry their own background and are not at risk.
 */
const EMBED_PALETTES = {
  light: {
    background: '#ffffff',
    text: '#0f172b', // slate-900
    mutedText: '#314158', // slate-700
    link: '#094a8c', // accent-700
    accent: '#0b5cad', // accent-600
  },
  dark: {
    background: '#020618', // slate-950
    text: '#f1f5f9', // slate-100
    mutedText: '#cad5e2', // slate-300
    link: '#8cb8f5', // accent-300
    accent: '#5b9be8', // accent-400
  },
} as const;
export type Scheme = keyof typeof EMBED_PALETTES;

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

function fromHex(hex: string): Rgba {
  const digits =
    hex.length <= 5
      ? [...hex.slice(1)].map((d) => d + d).join('')
      : hex.slice(1);
  const byte = (i: number) => parseInt(digits.slice(i, i + 2), 16);
  return {
    r: byte(0),
    g: byte(2),
    b: byte(4),
    a: digits.length === 8 ? byte(6) / 255 : 1,
  };
}

function readAlpha(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const value = parseFloat(raw);
  return clamp(raw.endsWith('%') ? value / 100 : value, 1);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  // CSS Color 4's hslToRgb, with s and l as fractions.
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    return 255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [f(0), f(8), f(4)];
}

/**
 * The sRGB value of a colour the embed accepts (see `normaliseCssColour`),
 * or `null` for anything else, `transparent` included.
 */
export function parseCssColour(raw: string): Rgba | null {
  const value = normaliseCssColour(raw);
  if (value === null) return null;
  if (value.startsWith('#')) return fromHex(value);
  const named = NAMED_COLOUR_HEX.get(value);
  if (named !== undefined) return fromHex(`#${named}`);
  const parts = value.match(/\d*\.?\d+%?/g) ?? [];
  if (value.startsWith('rgb')) {
    const [r, g, b] = parts.slice(0, 3).map((part) => {
      const n = parseFloat(part);
      return clamp(part.endsWith('%') ? (n * 255) / 100 : n, 255);
    });
    return { r: r ?? 0, g: g ?? 0, b: b ?? 0, a: readAlpha(parts[3]) };
  }
  const [h = 0, s = 0, l = 0] = parts.slice(0, 3).map(parseFloat);
  const [r, g, b] = hslToRgb(h % 360, s / 100, l / 100);
  return { r, g, b, a: readAlpha(parts[3]) };
}

/** `top` painted over the opaque `bottom`. */
function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return {
    r: mix(top.r, bottom.r),
    g: mix(top.g, bottom.g),
    b: mix(top.b, bottom.b),
    a: 1,
  };
}

/** WCAG 2 relative luminance of an opaque colour. */
function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort(
    (x, y) => y - x,
  );
  return (light! + 0.05) / (dark! + 0.05);
}

/** Parts of the embed whose contrast is checked. */
export type EmbedPart = 'text' | 'muted text' | 'link' | 'accent';

/** One part too faint against what is behind it. */
export type ContrastProblem = {
  host: HostKind;
  /** The colour scheme the embed draws in (the visitor's, for `auto`). */
  scheme: Scheme;
  part: EmbedPart;
  ratio: number;
  minimum: number;
};

const hex = (value: string) => parseCssColour(value) ?? fromHex('#000000');

/**
 * Every part of the embed that would fall below WCAG AA contrast, on a light
 * and on a dark host page, for each colour scheme the embed can draw in.
 */
export function findContrastProblems(
  params: Pick<EmbedParams, 'theme' | 'bg' | 'accent'>,
): ContrastProblem[] {
  const theme = effectiveEmbedTheme(params);
  const schemes: Scheme[] = theme === 'auto' ? ['light', 'dark'] : [theme];
  const bg =
    params.bg === null || params.bg === 'transparent'
      ? null
      : parseCssColour(params.bg);
  const accent = params.accent ? parseCssColour(params.accent) : null;
  const problems: ContrastProblem[] = [];
  for (const host of ['light', 'dark'] as const) {
    const page = hex(HOST_BACKGROUNDS[host]);
    for (const scheme of schemes) {
      const palette = EMBED_PALETTES[scheme];
      const own = params.bg === null ? hex(palette.background) : bg;
      const backdrop = own ? composite(own, page) : page;
      const parts: [EmbedPart, Rgba, number][] = [
        ['text', hex(palette.text), MIN_TEXT_CONTRAST],
        ['muted text', hex(palette.mutedText), MIN_TEXT_CONTRAST],
        ['link', hex(palette.link), MIN_TEXT_CONTRAST],
        ['accent', accent ?? hex(palette.accent), MIN_MARK_CONTRAST],
      ];
      for (const [part, colour, minimum] of parts) {
        const ratio = contrastRatio(composite(colour, backdrop), backdrop);
        if (ratio < minimum)
          problems.push({ host, scheme, part, ratio, minimum });
      }
    }
  }
  return problems;
}

/** Rounded down, so a failing ratio never reads as the minimum. */
const formatRatio = (ratio: number) =>
  `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;

/**
 * One sentence per place where the embed would be hard to read: per host
 * page when the page shows through, per visitor scheme for `auto` on a
 * colour of its own. Only the faintest text part is named.
 */
export function describeContrastProblems(
  problems: ContrastProblem[],
  params: Pick<EmbedParams, 'theme' | 'bg'>,
): string[] {
  const seeThrough =
    params.bg === 'transparent' ||
    (params.bg !== null && (parseCssColour(params.bg)?.a ?? 1) < 1);
  const perScheme = effectiveEmbedTheme(params) === 'auto';
  const groups = new Map<string, ContrastProblem[]>();
  for (const problem of problems) {
    const key = `${seeThrough ? problem.host : ''}|${perScheme ? problem.scheme : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  const sentences: string[] = [];
  for (const [key, group] of groups) {
    const [host, scheme] = key.split('|');
    const where = host ? `On a ${host} page` : 'On its own background';
    const who = scheme ? `, for visitors whose system is ${scheme},` : '';
    const text = group
      .filter((p) => p.part !== 'accent')
      .sort((a, b) => a.ratio - b.ratio)[0];
    const accent = group.find((p) => p.part === 'accent');
    const clauses = [
      text &&
        `the ${text.part} would be hard to read (contrast ${formatRatio(text.ratio)}, WCAG asks for ${text.minimum}:1)`,
      accent &&
        `the accent marks would barely show (contrast ${formatRatio(accent.ratio)}, at least ${accent.minimum}:1 is needed)`,
    ].filter(Boolean);
    sentences.push(`${where}${who} ${clauses.join(' and ')}.`);
  }
  return sentences;
}
