import * as v from 'valibot';

/** Every slide booth mode can show, in its default order. */
export const SLIDE_IDS = [
  'event',
  'awards',
  'announcements',
  'landscape',
  'then-now',
  'timeline',
] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

export const SLIDE_LABELS: Record<SlideId, string> = {
  event: 'The event at a glance',
  awards: 'Award podium',
  announcements: 'Highlighted announcements',
  landscape: 'Observability landscape tour',
  'then-now': 'The landscape then and now',
  timeline: 'Ten years of CNCF projects',
};

export const BOOTH_THEMES = ['dark', 'light', 'system'] as const;
export type BoothTheme = (typeof BOOTH_THEMES)[number];

/** URL parameter names, each next to its default. */
export const SLIDES_PARAM = 'slides';
/** The loop unless the URL says otherwise; `timeline` is opt-in. */
export const DEFAULT_SLIDES: readonly SlideId[] = SLIDE_IDS.filter(
  (id) => id !== 'timeline',
);
export const INTERVAL_PARAM = 'interval';
/** Seconds each slide (or step of a slide) stays on screen. */
export const DEFAULT_INTERVAL_S = 15;
export const MIN_INTERVAL_S = 5;
export const MAX_INTERVAL_S = 120;
export const THEME_PARAM = 'theme';
/** Dark by default: it glares less on a bright show floor. */
export const DEFAULT_THEME: BoothTheme = 'dark';
export const QR_PARAM = 'qr';
export const DEFAULT_QR = true;

export type BoothConfig = {
  slides: SlideId[];
  intervalSeconds: number;
  theme: BoothTheme;
  qr: boolean;
};

export const DEFAULT_BOOTH_CONFIG: BoothConfig = {
  slides: [...DEFAULT_SLIDES],
  intervalSeconds: DEFAULT_INTERVAL_S,
  theme: DEFAULT_THEME,
  qr: DEFAULT_QR,
};

export type ParsedBoothParams = {
  config: BoothConfig;
  /** One line per value that was ignored, shown on screen. */
  notes: string[];
};

const SlideIdSchema = v.picklist(SLIDE_IDS);
const IntervalSchema = v.pipe(
  v.string(),
  v.regex(/^\d+$/),
  v.transform(Number),
  v.integer(),
  v.minValue(MIN_INTERVAL_S),
  v.maxValue(MAX_INTERVAL_S),
);
const ThemeSchema = v.picklist(BOOTH_THEMES);
const QrSchema = v.picklist(['on', 'off']);

function parseSlides(raw: string | null, notes: string[]): SlideId[] {
  if (raw === null) return [...DEFAULT_SLIDES];
  const slides: SlideId[] = [];
  for (const part of raw.split(',').map((s) => s.trim())) {
    const result = v.safeParse(SlideIdSchema, part);
    if (!result.success) {
      notes.push(
        `slides: “${part}” is not a slide (use ${SLIDE_IDS.join(', ')}); skipped.`,
      );
    } else if (slides.includes(result.output)) {
      notes.push(`slides: “${part}” is listed twice; shown once.`);
    } else {
      slides.push(result.output);
    }
  }
  if (slides.length > 0) return slides;
  notes.push('slides: no valid slide given; showing all slides.');
  return [...DEFAULT_SLIDES];
}

function parseOne<T>(
  raw: string | null,
  schema: v.GenericSchema<string, T>,
  fallback: T,
  onInvalid: (raw: string) => void,
): T {
  if (raw === null) return fallback;
  const result = v.safeParse(schema, raw.trim());
  if (result.success) return result.output;
  onInvalid(raw);
  return fallback;
}

/**
 * Reads `?slides=awards,landscape&interval=12&theme=dark&qr=on`. Unknown
 * parameters are ignored; an invalid value falls back to its default and
 * leaves a note saying what was wrong.
 */
export function parseBoothParams(search: URLSearchParams): ParsedBoothParams {
  const notes: string[] = [];
  const slides = parseSlides(search.get(SLIDES_PARAM), notes);
  const intervalSeconds = parseOne(
    search.get(INTERVAL_PARAM),
    IntervalSchema,
    DEFAULT_INTERVAL_S,
    (raw) =>
      notes.push(
        `interval: “${raw}” is not a whole number of seconds from ${MIN_INTERVAL_S} to ${MAX_INTERVAL_S}; using ${DEFAULT_INTERVAL_S}.`,
      ),
  );
  const theme = parseOne(
    search.get(THEME_PARAM),
    ThemeSchema,
    DEFAULT_THEME,
    (raw) =>
      notes.push(
        `theme: “${raw}” is not one of ${BOOTH_THEMES.join(', ')}; using ${DEFAULT_THEME}.`,
      ),
  );
  const qr = parseOne(
    search.get(QR_PARAM),
    QrSchema,
    DEFAULT_QR ? 'on' : 'off',
    (raw) =>
      notes.push(
        `qr: “${raw}” is not on or off; using ${DEFAULT_QR ? 'on' : 'off'}.`,
      ),
  );
  return {
    config: { slides, intervalSeconds, theme, qr: qr === 'on' },
    notes,
  };
}

/** The query string for a configuration, every parameter spelled out. */
export function boothSearch(config: BoothConfig): string {
  const params = new URLSearchParams();
  params.set(SLIDES_PARAM, config.slides.join(','));
  params.set(INTERVAL_PARAM, String(config.intervalSeconds));
  params.set(THEME_PARAM, config.theme);
  params.set(QR_PARAM, config.qr ? 'on' : 'off');
  // Commas are safe in a query string and easier to read when printed.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
