import { isHttpUrl } from '@/utils/url';

import { IMPORT_BUDGETS } from './import-budgets';
import { LOAD_TIMEOUT_MS, LoadError } from './load-errors';

/** The bytes of a landscape file and the date its host gives for them. */
export type Fetched = { bytes: Uint8Array; lastModified: string | null };

export type FetchOptions = {
  /** Fraction of the download (`null` while the size is unknown), bytes so far. */
  onProgress?: (fraction: number | null, bytes: number) => void;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
};

/**
 * Downloads a landscape file with progress, within one timeout for headers
 * and body and within the size budget. Fails with a `LoadError` whose kind
 * tells a network failure from a host that forbids cross-origin reads: the
 * browser reports both as the same TypeError, so a second, `no-cors`
 * request asks whether the host answers at all.
 */
export async function fetchLandscape(
  url: string,
  options: FetchOptions = {},
): Promise<Fetched> {
  if (!isHttpUrl(url)) throw new LoadError('bad-url');
  const doFetch = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? LOAD_TIMEOUT_MS;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await doFetch(url, { signal: controller.signal });
    } catch {
      if (timedOut) throw new LoadError('timeout', timeoutMs);
      throw await classifyFailure(doFetch, url, controller.signal, timeoutMs);
    }
    if (!response.ok) {
      throw new LoadError('status', response.status, response.statusText);
    }
    const bytes = await readBody(response, options.onProgress, () =>
      timedOut ? timeoutMs : null,
    );
    return { bytes, lastModified: response.headers.get('last-modified') };
  } finally {
    clearTimeout(timer);
  }
}

async function classifyFailure(
  doFetch: typeof fetch,
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<LoadError> {
  try {
    await doFetch(url, { mode: 'no-cors', signal });
    return new LoadError('cors');
  } catch {
    return signal.aborted
      ? new LoadError('timeout', timeoutMs)
      : new LoadError('network');
  }
}

async function readBody(
  response: Response,
  onProgress: FetchOptions['onProgress'],
  /** The timeout in ms once it has passed, else `null`. */
  timedOut: () => number | null,
): Promise<Uint8Array> {
  const { maxFileBytes } = IMPORT_BUDGETS;
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxFileBytes) throw new LoadError('too-large', declared);
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxFileBytes) {
        await reader.cancel();
        throw new LoadError('too-large', received);
      }
      chunks.push(value);
      onProgress?.(total ? Math.min(1, received / total) : null, received);
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    // A body that stalls until the timeout, or a connection cut mid-way.
    const waited = timedOut();
    throw waited === null
      ? new LoadError('network')
      : new LoadError('timeout', waited);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
