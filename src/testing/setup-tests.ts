import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { server } from './mocks/node';
import { resetScenario } from './mocks/scenario';

// Lazy route modules load slowly on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetScenario();
});
afterAll(() => server.close());

// jsdom implements neither scrollTo (ScrollRestoration calls it) nor
// matchMedia. Pure tests run in Node (`@vitest-environment node`): no window.
if (typeof window !== 'undefined') window.scrollTo = () => {};
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
