// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { fetchLandscape } from './fetch-landscape';
import { describeLoadError, LoadError } from './load-errors';

const URL_OK = 'https://landscape.example.org/landscape.yml';

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return describeLoadError(error, URL_OK);
    throw error;
  }
  throw new Error('expected the load to fail');
}

/** A fetch whose requests hang until aborted, body included when asked. */
function hangingFetch(stallBody: boolean): typeof fetch {
  return (_input, init) =>
    new Promise((resolve, reject) => {
      const abort = () => reject(new DOMException('aborted', 'AbortError'));
      if (!stallBody) {
        init?.signal?.addEventListener('abort', abort);
        return;
      }
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('landscape:\n'));
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      resolve(new Response(body, { headers: { 'content-length': '1000' } }));
    });
}

describe('fetchLandscape error mapping', () => {
  it('tells a host that forbids cross-origin reads, and how to fix it', async () => {
    const fetchImpl: typeof fetch = (_input, init) =>
      init?.mode === 'no-cors'
        ? Promise.resolve(new Response(null, { status: 200 }))
        : Promise.reject(new TypeError('Failed to fetch'));
    expect(await failureOf(fetchLandscape(URL_OK, { fetchImpl }))).toBe(
      'landscape.example.org does not allow other sites to read its files, so the browser blocked the download. The host must send the header "Access-Control-Allow-Origin: *" (or this site\'s origin) with the file; GitHub\'s raw.githubusercontent.com does.',
    );
  });

  it('tells a network failure when the host does not answer at all', async () => {
    const fetchImpl: typeof fetch = () =>
      Promise.reject(new TypeError('Failed to fetch'));
    expect(await failureOf(fetchLandscape(URL_OK, { fetchImpl }))).toMatch(
      /^Could not reach landscape\.example\.org: the network failed/,
    );
  });

  it.each([
    [
      404,
      'Not Found',
      'landscape.example.org answered 404 Not Found: there is no file at that address.',
    ],
    [403, '', 'landscape.example.org answered 403: the file is not public.'],
    [
      503,
      'Service Unavailable',
      'landscape.example.org answered 503 Service Unavailable: the server failed; try again later.',
    ],
  ])('names a %s status', async (status, statusText, message) => {
    const fetchImpl: typeof fetch = () =>
      Promise.resolve(new Response('nope', { status, statusText }));
    expect(await failureOf(fetchLandscape(URL_OK, { fetchImpl }))).toBe(
      message,
    );
  });

  it('times out when the headers never come, and when the body stalls', async () => {
    for (const stall of [false, true]) {
      const started = performance.now();
      const message = await failureOf(
        fetchLandscape(URL_OK, {
          fetchImpl: hangingFetch(stall),
          timeoutMs: 50,
        }),
      );
      expect(message).toMatch(
        /did not send the whole file within 0.05 s\. The connection may be slow/,
      );
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });

  it('refuses a file over the size budget from its Content-Length', async () => {
    const fetchImpl: typeof fetch = () =>
      Promise.resolve(
        new Response('x', {
          headers: { 'content-length': String(200 * 1024 * 1024) },
        }),
      );
    expect(await failureOf(fetchLandscape(URL_OK, { fetchImpl }))).toMatch(
      /larger than 16\.0 MB \(200 MB\)/,
    );
  });

  it('refuses addresses that are not http(s) or carry credentials, without fetching', async () => {
    const fetchImpl: typeof fetch = () => {
      throw new Error('must not fetch');
    };
    for (const url of [
      'javascript:alert(1)',
      'https://trusted.example@evil.example/x.yml',
    ]) {
      await expect(fetchLandscape(url, { fetchImpl })).rejects.toMatchObject({
        kind: 'bad-url',
      });
    }
  });

  it("downloads with progress and the host's date", async () => {
    const text = 'landscape: []\n';
    const seen: (number | null)[] = [];
    const fetchImpl: typeof fetch = () =>
      Promise.resolve(
        new Response(text, {
          headers: {
            'content-length': String(text.length),
            'last-modified': 'Fri, 07 Aug 2026 10:00:00 GMT',
          },
        }),
      );
    const fetched = await fetchLandscape(URL_OK, {
      fetchImpl,
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(new TextDecoder().decode(fetched.bytes)).toBe(text);
    expect(fetched.lastModified).toBe('Fri, 07 Aug 2026 10:00:00 GMT');
    expect(seen.at(-1)).toBe(1);
  });
});
