import { DataError } from './data-error';
import { formatIssues } from './format-issues';

import * as v from 'valibot';

/** A request that takes longer than this is reported as timed out. */
export const FETCH_TIMEOUT_MS = 15_000;

export type FetchJsonOptions = {
  signal?: AbortSignal;
  timeoutMs?: number;
};

function fileNameOf(url: string): string {
  const pathname = new URL(url, 'http://localhost').pathname;
  return pathname.slice(pathname.lastIndexOf('/') + 1) || url;
}

async function request(url: string, file: string, options: FetchJsonOptions) {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout])
    : timeout;
  try {
    return await fetch(url, {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (timeout.aborted) {
      throw new DataError(`no answer within ${timeoutMs / 1000} s`, {
        kind: 'timeout',
        file,
        url,
        cause,
      });
    }
    if (options.signal?.aborted) throw cause;
    throw new DataError('could not be reached (offline or network error)', {
      kind: 'network',
      file,
      url,
      cause,
    });
  }
}

/**
 * The single boundary through which the app reads JSON: fetch, check the
 * status, parse, validate against `schema`. Every failure is a DataError
 * whose message names the file (and, for schema problems, the field path).
 */
export async function fetchJson<S extends v.GenericSchema>(
  url: string,
  schema: S,
  options: FetchJsonOptions = {},
): Promise<v.InferOutput<S>> {
  const file = fileNameOf(url);
  const response = await request(url, file, options);
  if (!response.ok) {
    throw new DataError(
      `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      { kind: 'http', file, url, status: response.status },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DataError('is not valid JSON', {
      kind: 'invalid-json',
      file,
      url,
      details: [reason],
      cause,
    });
  }
  return parseData(json, schema, { file, url });
}

/** Validates already-parsed JSON; used by fetchJson and by file imports. */
export function parseData<S extends v.GenericSchema>(
  json: unknown,
  schema: S,
  where: { file: string; url: string },
): v.InferOutput<S> {
  const version = readSchemaVersion(json);
  if (version !== undefined && version !== SUPPORTED_SCHEMA_VERSION) {
    throw new DataError(
      `schemaVersion ${String(version)} is not supported (this app reads version ${SUPPORTED_SCHEMA_VERSION})`,
      { kind: 'version', ...where },
    );
  }
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const details = formatIssues(result.issues);
    throw new DataError(details[0] ?? 'does not match its schema', {
      kind: 'schema',
      details,
      ...where,
    });
  }
  return result.output;
}

/** The data-file format version this build understands. */
export const SUPPORTED_SCHEMA_VERSION = 1;

function readSchemaVersion(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return undefined;
  return 'schemaVersion' in json ? json.schemaVersion : undefined;
}
