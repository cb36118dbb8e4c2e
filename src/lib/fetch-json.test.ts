// @vitest-environment node
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/node';

import { DataError } from './data-error';
import { fetchJson } from './fetch-json';
import { shouldRetry } from './query-client';

const URL_ = 'http://localhost/data/v1/things.json';

const ThingsSchema = v.object({
  schemaVersion: v.literal(1),
  categories: v.array(
    v.object({ winners: v.array(v.object({ rank: v.number() })) }),
  ),
});

function serve(body: string | object, init?: ResponseInit) {
  server.use(
    http.get(URL_, () =>
      typeof body === 'string'
        ? new HttpResponse(body, init)
        : HttpResponse.json(body, init),
    ),
  );
}

async function failure(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  if (!(error instanceof DataError)) throw error;
  return error;
}

describe('fetchJson', () => {
  it('returns the parsed, validated data', async () => {
    serve({ schemaVersion: 1, categories: [{ winners: [{ rank: 1 }] }] });
    await expect(fetchJson(URL_, ThingsSchema)).resolves.toEqual({
      schemaVersion: 1,
      categories: [{ winners: [{ rank: 1 }] }],
    });
  });

  it('names the file and the field path of a schema violation', async () => {
    serve({
      schemaVersion: 1,
      categories: [{ winners: [{ rank: 1 }, { rank: 2 }, { rank: 'third' }] }],
    });
    const error = await failure(fetchJson(URL_, ThingsSchema));
    expect(error.kind).toBe('schema');
    expect(error.message).toBe(
      'things.json: categories[0].winners[2].rank: expected a number',
    );
  });

  it('reports invalid JSON with the file name', async () => {
    serve('{"schemaVersion": 1, "categories": [', {
      headers: { 'Content-Type': 'application/json' },
    });
    const error = await failure(fetchJson(URL_, ThingsSchema));
    expect(error.kind).toBe('invalid-json');
    expect(error.message).toBe('things.json: is not valid JSON');
    expect(error.details[0]).toMatch(/JSON/);
  });

  it('reports an HTTP error status and marks 5xx as transient', async () => {
    serve('boom', { status: 503, statusText: 'Service Unavailable' });
    const error = await failure(fetchJson(URL_, ThingsSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(503);
    expect(error.message).toBe(
      'things.json: the server answered 503 Service Unavailable',
    );
    expect(error.isTransient).toBe(true);
  });

  it('does not retry a 404', async () => {
    serve('missing', { status: 404 });
    const error = await failure(fetchJson(URL_, ThingsSchema));
    expect(error.isTransient).toBe(false);
  });

  it('reports a network failure as such', async () => {
    server.use(http.get(URL_, () => HttpResponse.error()));
    const error = await failure(fetchJson(URL_, ThingsSchema));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^things\.json: could not be reached/);
  });

  it('reports a timeout', async () => {
    server.use(
      http.get(URL_, async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return HttpResponse.json({});
      }),
    );
    const error = await failure(
      fetchJson(URL_, ThingsSchema, { timeoutMs: 20 }),
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('things.json: no answer within 0.02 s');
    // The attempt used its whole budget: retrying would triple the wait
    // while the message still said 0.02 s.
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('reports a body that stalls mid-way as a network fault, retried', async () => {
    server.use(
      http.get(URL_, () => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(
              new TextEncoder().encode('{"schemaVersion": 1, '),
            );
          },
        });
        return new HttpResponse(stream, {
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    const error = await failure(
      fetchJson(URL_, ThingsSchema, { timeoutMs: 100 }),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toBe(
      'things.json: the download stalled and was stopped after 0.1 s',
    );
    expect(error.isTransient).toBe(true);
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });

  it('gives headers and body one timer: slow headers leave less for the body', async () => {
    server.use(
      http.get(URL_, async () => {
        await new Promise((resolve) => setTimeout(resolve, 80));
        const stream = new ReadableStream<Uint8Array>({
          async start(controller) {
            await new Promise((resolve) => setTimeout(resolve, 80));
            controller.enqueue(new TextEncoder().encode('{}'));
            controller.close();
          },
        });
        return new HttpResponse(stream);
      }),
    );
    const error = await failure(
      fetchJson(URL_, ThingsSchema, { timeoutMs: 120 }),
    );
    expect(error.kind).toBe('network');
  });

  it('rejects an unknown schema version with a clear message', async () => {
    serve({ schemaVersion: 7, categories: [] });
    const error = await failure(fetchJson(URL_, ThingsSchema));
    expect(error.kind).toBe('version');
    expect(error.message).toBe(
      'things.json: schemaVersion 7 is not supported (this app reads version 1)',
    );
  });
});
