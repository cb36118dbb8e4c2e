import * as v from 'valibot';

const EnvSchema = v.object({
  BASE_URL: v.string(),
  /** Where the JSON data files live; an organiser may point this at their own host. */
  VITE_DATA_BASE_URL: v.optional(v.pipe(v.string(), v.minLength(1))),
  /**
   * The site's public address (link previews, canonical URLs, feeds). Read
   * at build time only: the build checks it (resolveSiteUrl in
   * src/utils/url.ts) and fails on a bad one; see README.
   */
  VITE_SITE_URL: v.optional(v.string()),
  /** Where logo files live (a folder URL); an organiser may self-host them. */
  VITE_LOGO_BASE_URL: v.optional(
    v.union([
      v.literal(''),
      v.pipe(
        v.string(),
        v.check(
          (url) => /^(https?:\/\/|\/)/.test(url),
          'VITE_LOGO_BASE_URL must be an http(s) URL or a path starting with /',
        ),
      ),
    ]),
  ),
});

function readEnv() {
  const result = v.safeParse(EnvSchema, import.meta.env);
  if (!result.success) {
    throw new Error(
      `Invalid build configuration: ${JSON.stringify(result.issues)}`,
    );
  }
  return result.output;
}

const env = readEnv();

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Base URL of the data files, always ending in `/`. */
const DATA_BASE_URL = withTrailingSlash(
  env.VITE_DATA_BASE_URL ?? `${env.BASE_URL}data/`,
);

/** Resolves a data file path (`v1/events.json`) to an absolute URL. */
export function dataUrl(path: string): string {
  const base = new URL(
    DATA_BASE_URL,
    globalThis.location?.href ?? 'http://localhost/',
  );
  return new URL(path.replace(/^\/+/, ''), base).href;
}

/** The cncf/landscape commit whose `hosted_logos/` the shipped data names. */
const DEFAULT_LOGO_BASE_URL =
  'https://raw.githubusercontent.com/cncf/landscape/153d699bddf74038d21775b14d09052f62021441/hosted_logos/';

/** Base URL of the logo files, always ending in `/`. */
const LOGO_BASE_URL = withTrailingSlash(
  env.VITE_LOGO_BASE_URL || DEFAULT_LOGO_BASE_URL,
);

/**
 * The URL of a logo file named by the data (`prometheus.svg`), or `null`
 * when the name is missing or is not a plain file name (no paths, no URLs).
 * `base` is the folder of the logos (absent: the CNCF's; `null`: unknown,
 * so no logo).
 */
export function logoUrl(
  file: string | null | undefined,
  base?: string | null,
): string | null {
  if (base === null) return null;
  if (!file || !/^[\w.+-]+\.(svg|png)$/i.test(file)) return null;
  const folder = new URL(
    base ?? LOGO_BASE_URL,
    globalThis.location?.href ?? 'http://localhost/',
  );
  return new URL(encodeURIComponent(file), folder).href;
}
