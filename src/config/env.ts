import * as v from 'valibot';

const EnvSchema = v.object({
  BASE_URL: v.string(),
  /** Where the JSON data files live; an organiser may point this at their own host. */
  VITE_DATA_BASE_URL: v.optional(v.pipe(v.string(), v.minLength(1))),
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
export const DATA_BASE_URL = withTrailingSlash(
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
