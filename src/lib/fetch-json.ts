import * as v from 'valibot';

import { reportReachable } from './connectivity';
import { DataError } from './data-error';
import { formatIssues } from './format-issues';

/**
 * The budget of one attempt, from the request to the last byte of the body.
 * A timed-out attempt is not retried (see query-client.ts), so this is also
 * the longest a reader waits before the page says so.
 */
const FETCH_TIMEOUT_MS = 15_000;

export type FetchJsonOptions = {
  signal?: AbortSignal;
  timeoutMs?: number;
};

function fileNameOf(url: string): string {
  const pathname = new URL(url, 'http://localhost').pathname;
  return pathname.slice(pathname.lastIndexOf('/') + 1) || url;
}

type Attempt = { signal: AbortSignal; timeout: AbortSignal; timeoutMs: number };

/** One timer for the whole attempt: headers and body share it. */
function startAttempt(options: FetchJsonOptions): Attempt {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout])
    : timeout;
  return { signal, timeout, timeoutMs };
}

async function request(
  url: string,
  file: string,
  attempt: Attempt,
  outer: AbortSignal | undefined,
) {
  try {
    return await fetch(url, {
      signal: attempt.signal,
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (attempt.timeout.aborted) {
      reportReachable(false);
      throw new DataError(`no answer within ${attempt.timeoutMs / 1000} s`, {
        kind: 'timeout',
        file,
        url,
        cause,
      });
    }
    if (outer?.aborted) throw cause;
    reportReachable(false);
    throw new DataError('could not be reached (offline or network error)', {
      kind: 'network',
      file,
      url,
      cause,
    });
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Reads the body. A body that stops arriving (the attempt's timer fires)
 * or breaks off is a network fault, which may pass on a retry; the file
 * is not to blame, so it is never reported as damaged.
 */
async function readBody(
  response: Response,
  file: string,
  url: string,
  attempt: Attempt,
  outer: AbortSignal | undefined,
): Promise<string> {
  try {
    // Raced against the signal too: not every fetch implementation (MSW in
    // Node, some service workers) aborts a body stream that is under way.
    return await Promise.race([response.text(), rejectOnAbort(attempt.signal)]);
  } catch (cause) {
    response.body?.cancel().catch(() => undefined);
    if (outer?.aborted) throw cause;
    const summary = attempt.timeout.aborted
      ? `the download stalled and was stopped after ${attempt.timeoutMs / 1000} s`
      : 'the download broke off (network error)';
    throw new DataError(summary, { kind: 'network', file, url, cause });
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
  const attempt = startAttempt(options);
  const response = await request(url, file, attempt, options.signal);
  if (!response.ok) {
    throw new DataError(
      `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      { kind: 'http', file, url, status: response.status },
    );
  }
  const text = await readBody(response, file, url, attempt, options.signal);
  let json: unknown;
  try {
    json = JSON.parse(text);
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
const SUPPORTED_SCHEMA_VERSION = 1;

function readSchemaVersion(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return undefined;
  return 'schemaVersion' in json ? json.schemaVersion : undefined;
}
