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
const SLIDES_PARAM = 'slides';
/** The loop unless the URL says otherwise; `timeline` is opt-in. */
export const DEFAULT_SLIDES: readonly SlideId[] = SLIDE_IDS.filter(
  (id) => id !== 'timeline',
);
const INTERVAL_PARAM = 'interval';
/** Seconds each slide (or step of a slide) stays on screen. */
const DEFAULT_INTERVAL_S = 15;
export const MIN_INTERVAL_S = 5;
export const MAX_INTERVAL_S = 120;
const THEME_PARAM = 'theme';
/** Dark by default: it glares less on a bright show floor. */
const DEFAULT_THEME: BoothTheme = 'dark';
const QR_PARAM = 'qr';
const DEFAULT_QR = true;

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

const SLIDE_SET: ReadonlySet<string> = new Set(SLIDE_IDS);
const isSlideId = (part: string): part is SlideId => SLIDE_SET.has(part);
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

/** Distinct problems listed one by one in the notes; the rest are counted. */
export const MAX_SLIDE_NOTES = 5;
/** A value quoted in a note is cut to this many characters. */
const MAX_QUOTED = 40;

function quote(raw: string): string {
  const chars = Array.from(raw);
  return chars.length > MAX_QUOTED
    ? `“${chars.slice(0, MAX_QUOTED).join('')}…”`
    : `“${raw}”`;
}

const times = (n: number) =>
  n > 1 ? ` (${n.toLocaleString('en')} times)` : '';

/**
 * One note per distinct problem, however often it repeats, and at most
 * MAX_SLIDE_NOTES of them: a URL with 100,000 entries stays one screen of
 * notes and costs one pass.
 */
function noteEach(
  counts: Map<string, number>,
  describe: (quoted: string, n: number) => string,
  rest: (distinct: number) => string,
  notes: string[],
) {
  let listed = 0;
  for (const [part, n] of counts) {
    if (listed === MAX_SLIDE_NOTES) break;
    notes.push(describe(quote(part), n));
    listed += 1;
  }
  if (counts.size > listed) notes.push(rest(counts.size - listed));
}

const tally = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

function parseSlides(raw: string | null, notes: string[]): SlideId[] {
  if (raw === null) return [...DEFAULT_SLIDES];
  const slides: SlideId[] = [];
  const unknown = new Map<string, number>();
  const repeated = new Map<string, number>();
  for (const part of raw.split(',').map((s) => s.trim())) {
    if (!isSlideId(part)) tally(unknown, part);
    else if (slides.includes(part)) tally(repeated, part);
    else slides.push(part);
  }
  noteEach(
    unknown,
    (quoted, n) =>
      `slides: ${quoted} is not a slide (use ${SLIDE_IDS.join(', ')}); skipped${times(n)}.`,
    (more) =>
      `slides: ${more.toLocaleString('en')} more values are not slides; skipped.`,
    notes,
  );
  noteEach(
    repeated,
    (quoted, n) =>
      `slides: ${quoted} is listed ${n + 1 > 2 ? `${(n + 1).toLocaleString('en')} times` : 'twice'}; shown once.`,
    (more) =>
      `slides: ${more.toLocaleString('en')} more slides are listed more than once; shown once.`,
    notes,
  );
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
  const slideParams = search.getAll(SLIDES_PARAM).length;
  if (slideParams > 1) {
    notes.push(
      `slides: given ${slideParams.toLocaleString('en')} times; only the first is used.`,
    );
  }
  const slides = parseSlides(search.get(SLIDES_PARAM), notes);
  const intervalSeconds = parseOne(
    search.get(INTERVAL_PARAM),
    IntervalSchema,
    DEFAULT_INTERVAL_S,
    (raw) =>
      notes.push(
        `interval: ${quote(raw)} is not a whole number of seconds from ${MIN_INTERVAL_S} to ${MAX_INTERVAL_S}; using ${DEFAULT_INTERVAL_S}.`,
      ),
  );
  const theme = parseOne(
    search.get(THEME_PARAM),
    ThemeSchema,
    DEFAULT_THEME,
    (raw) =>
      notes.push(
        `theme: ${quote(raw)} is not one of ${BOOTH_THEMES.join(', ')}; using ${DEFAULT_THEME}.`,
      ),
  );
  const qr = parseOne(
    search.get(QR_PARAM),
    QrSchema,
    DEFAULT_QR ? 'on' : 'off',
    (raw) =>
      notes.push(
        `qr: ${quote(raw)} is not on or off; using ${DEFAULT_QR ? 'on' : 'off'}.`,
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
