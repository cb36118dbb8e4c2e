import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

import './setup-node';

// Component tests (the `dom` Vitest project, jsdom): Testing Library on top
// of the MSW setup every test file has.

// Lazy route modules load slowly on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

// jsdom implements neither scrollTo (ScrollRestoration calls it) nor
// matchMedia.
window.scrollTo = () => {};
if (!window.matchMedia) {
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
