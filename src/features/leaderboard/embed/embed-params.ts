import * as v from 'valibot';

import { ALL_AWARDS, AWARD_PARAM, AwardChoiceSchema } from '../award-choice';
import { normaliseCssColour } from './css-colour';

/*
 * The embed's configuration comes only from its URL. Each parameter falls
 * back to its default when missing or malformed; unknown parameters are
 * ignored. Colours pass a strict check, so no value can inject style.
 */

/** A category id of the awards file, or `all` (see award-choice.ts). */
const DEFAULT_AWARD = ALL_AWARDS;

const THEME_PARAM = 'theme';
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
const DEFAULT_THEME: EmbedTheme = 'auto';

/** A CSS colour or `transparent`; `null` keeps the theme's background. */
const BG_PARAM = 'bg';
const DEFAULT_BG = null;

/** A CSS colour for decorative marks; `null` keeps the site accent. */
const ACCENT_PARAM = 'accent';
const DEFAULT_ACCENT = null;

/** Winners shown per award, 1 to MAX_LIMIT; `null` shows all. */
const LIMIT_PARAM = 'limit';
export const MAX_LIMIT = 10;
const DEFAULT_LIMIT = null;

/** `on` or `off`: whether the leaderboard shows its own heading. */
const TITLE_PARAM = 'title';
const DEFAULT_TITLE = true;

const ColourSchema = v.pipe(
  v.string(),
  v.check((value) => normaliseCssColour(value) !== null, 'not a colour'),
  v.transform((value) => normaliseCssColour(value) ?? value),
);

const BgSchema = v.union([v.literal('transparent'), ColourSchema]);

const LimitSchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,2}$/),
  v.transform(Number),
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(MAX_LIMIT),
);

const TitleSchema = v.pipe(
  v.picklist(['on', 'off']),
  v.transform((value) => value === 'on'),
);

const EmbedParamsSchema = v.object({
  award: v.fallback(AwardChoiceSchema, DEFAULT_AWARD),
  theme: v.fallback(v.picklist(EMBED_THEMES), DEFAULT_THEME),
  bg: v.fallback(v.nullable(BgSchema), DEFAULT_BG),
  accent: v.fallback(v.nullable(ColourSchema), DEFAULT_ACCENT),
  limit: v.fallback(v.nullable(LimitSchema), DEFAULT_LIMIT),
  title: v.fallback(TitleSchema, DEFAULT_TITLE),
});
export type EmbedParams = v.InferOutput<typeof EmbedParamsSchema>;

export const DEFAULT_EMBED_PARAMS: EmbedParams = {
  award: DEFAULT_AWARD,
  theme: DEFAULT_THEME,
  bg: DEFAULT_BG,
  accent: DEFAULT_ACCENT,
  limit: DEFAULT_LIMIT,
  title: DEFAULT_TITLE,
};

/**
 * The theme the embed actually uses. On a transparent background the text
 * sits on the host's page, whose colours do not change with the visitor's
 * system, so `auto` means light there: the text colours come only from the
 * URL, never from `prefers-color-scheme`.
 */
export function effectiveEmbedTheme(
  params: Pick<EmbedParams, 'theme' | 'bg'>,
): EmbedTheme {
  return params.bg === 'transparent' && params.theme === 'auto'
    ? 'light'
    : params.theme;
}

/** Reads the embed options from a query string; never throws. */
export function parseEmbedParams(
  search: URLSearchParams | string,
): EmbedParams {
  const params =
    typeof search === 'string' ? new URLSearchParams(search) : search;
  const read = (name: string) => params.get(name) ?? undefined;
  const result = v.safeParse(EmbedParamsSchema, {
    award: read(AWARD_PARAM),
    theme: read(THEME_PARAM),
    bg: read(BG_PARAM) ?? null,
    accent: read(ACCENT_PARAM) ?? null,
    limit: read(LIMIT_PARAM) ?? null,
    title: read(TITLE_PARAM),
  });
  return result.success ? result.output : DEFAULT_EMBED_PARAMS;
}

/** The query string for `params`, without the parameters left at their default. */
export function embedParamsToSearch(params: EmbedParams): string {
  const out = new URLSearchParams();
  if (params.award !== DEFAULT_AWARD) out.set(AWARD_PARAM, params.award);
  if (params.theme !== DEFAULT_THEME) out.set(THEME_PARAM, params.theme);
  if (params.bg !== null) out.set(BG_PARAM, params.bg);
  if (params.accent !== null) out.set(ACCENT_PARAM, params.accent);
  if (params.limit !== null) out.set(LIMIT_PARAM, String(params.limit));
  if (!params.title) out.set(TITLE_PARAM, 'off');
  const query = out.toString();
  return query ? `?${query}` : '';
}

/** What each option accepts, for the console notes below. */
const EXPECTED = {
  [AWARD_PARAM]: [
    AwardChoiceSchema,
    `an award id (a-z, 0-9, -) or ${ALL_AWARDS}`,
  ],
  [THEME_PARAM]: [v.picklist(EMBED_THEMES), EMBED_THEMES.join(', ')],
  [BG_PARAM]: [
    BgSchema,
    'transparent or a CSS colour (#rgb, #rrggbb, rgb(), hsl(), a name)',
  ],
  [ACCENT_PARAM]: [
    ColourSchema,
    'a CSS colour (#rgb, #rrggbb, rgb(), hsl(), a name)',
  ],
  [LIMIT_PARAM]: [LimitSchema, `a whole number from 1 to ${MAX_LIMIT}`],
  [TITLE_PARAM]: [TitleSchema, 'on or off'],
} as const;

const NOTE_VALUE_CHARS = 40;

/**
 * One plain-text note per option the embed ignored: a value that is not
 * valid (it fell back to the default) or a name it does not know. The
 * embed writes them to the console for whoever set up the iframe; the
 * visitors of the host page see the defaults, never an error.
 */
export function embedParamProblems(search: URLSearchParams | string): string[] {
  const params =
    typeof search === 'string' ? new URLSearchParams(search) : search;
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name)) continue;
    seen.add(name);
    const shown = JSON.stringify(
      value.length > NOTE_VALUE_CHARS
        ? `${value.slice(0, NOTE_VALUE_CHARS)}…`
        : value,
    );
    if (!Object.hasOwn(EXPECTED, name)) {
      notes.push(
        `CNCF Explorer embed: unknown option ${JSON.stringify(name)} ignored (options: ${Object.keys(EXPECTED).join(', ')}).`,
      );
      continue;
    }
    const [schema, expected] = EXPECTED[name as keyof typeof EXPECTED];
    if (!v.is(schema, value)) {
      notes.push(
        `CNCF Explorer embed: ${name}=${shown} ignored, the default is used (expected ${expected}).`,
      );
    }
  }
  return notes;
}
