import { delay, http, HttpResponse } from 'msw';

import { scenarioFor, SLOW_DELAY_MS } from '../scenario';

export type JsonResourceOptions<T> = {
  /** Scenario target name, such as `awards`. */
  name: string;
  /** Path pattern matched on any origin, such as `* /v1/events/:id/awards.json`. */
  path: string;
  fixture: T;
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
  return http.get(options.path, async () => {
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
        return HttpResponse.json(options.violate(clone(options.fixture)));
      case 'unknown-version':
        return HttpResponse.json({
          ...clone(options.fixture),
          schemaVersion: 2,
        });
      case 'empty':
        return HttpResponse.json(options.empty(clone(options.fixture)));
      case 'slow':
        await delay(SLOW_DELAY_MS);
        return HttpResponse.json(options.fixture);
      case 'ok':
        return HttpResponse.json(options.fixture);
    }
  });
}
