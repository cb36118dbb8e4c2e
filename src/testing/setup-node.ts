import { afterAll, afterEach, beforeAll } from 'vitest';

import { server } from './mocks/node';
import { resetScenario } from './mocks/scenario';

// Every unit test file: MSW answers every request, and a request no handler
// knows fails the test instead of reaching the network.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetScenario();
});
afterAll(() => server.close());
