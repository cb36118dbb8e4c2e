import { delay, http, HttpResponse } from 'msw';

import { scenarioFor, SLOW_DELAY_MS } from '../scenario';

export type JsonResourceOptions<T> = {
  /** Scenario target name, such as `awards`. */
  name: string;
  /** Path pattern matched on any origin, such as `* /v1/events/:id/awards.json`. */
  path: string;
  /**
   * The data, or a loader from the path's params (`undefined`: no such
   * file, answered 404).
   */
  fixture: T | ((params: Record<string, unknown>) => Promise<T | undefined>);
  /** The fixture broken in one field, for the schema-violation scenario. */
  violate: (fixture: T) => object;
  /** The fixture with its lists emptied, for the empty scenario. */
  empty: (fixture: T) => T;
};

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** One GET handler for a JSON data file that can play every scenario. */
export function jsonResource<T extends object>(
  options: JsonResourceOptions<T>,
) {
  return http.get(options.path, async ({ params }) => {
    const fixture =
      typeof options.fixture === 'function'
        ? await options.fixture(params)
        : options.fixture;
    if (fixture === undefined) {
      return new HttpResponse('Not Found', {
        status: 404,
        statusText: 'Not Found',
      });
    }
    switch (scenarioFor(options.name)) {
      case 'server-error':
        return new HttpResponse('Internal Server Error', {
          status: 500,
          statusText: 'Internal Server Error',
        });
      case 'offline':
        return HttpResponse.error();
      case 'invalid-json':
        return new HttpResponse('{"schemaVersion": 1, "broken": [', {
          headers: { 'Content-Type': 'application/json' },
        });
      case 'schema-violation':
        return HttpResponse.json(options.violate(clone(fixture)));
      case 'unknown-version':
        return HttpResponse.json({
          ...clone(fixture),
          schemaVersion: 2,
        });
      case 'empty':
        return HttpResponse.json(options.empty(clone(fixture)));
      case 'slow':
        await delay(SLOW_DELAY_MS);
        return HttpResponse.json(fixture);
      case 'ok':
        return HttpResponse.json(fixture);
    }
  });
}
