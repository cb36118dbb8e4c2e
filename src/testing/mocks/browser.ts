import { setupWorker } from 'msw/browser';

import { handlers } from './handlers';
import { parseScenario, setScenario } from './scenario';

const STORAGE_KEY = 'msw:scenario';

declare global {
  interface Window {
    /** Lets e2e tests and developers switch the mock API's behaviour. */
    __mockScenario?: { set: (scenario: string) => void };
  }
}

/**
 * Starts the mock API in the browser. The scenario comes from `?msw=` on any
 * page load (kept for the tab in sessionStorage) or from
 * `window.__mockScenario.set('server-error:awards')`.
 */
export async function startMockWorker(): Promise<void> {
  const fromUrl = new URLSearchParams(window.location.search).get('msw');
  if (fromUrl !== null) sessionStorage.setItem(STORAGE_KEY, fromUrl);
  setScenario(parseScenario(sessionStorage.getItem(STORAGE_KEY)));
  window.__mockScenario = {
    set: (scenario) => {
      sessionStorage.setItem(STORAGE_KEY, scenario);
      setScenario(scenario);
    },
  };
  const worker = setupWorker(...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
