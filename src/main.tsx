import { startApp } from './app/start-app';
import { registerServiceWorker } from './lib/service-worker';
import './styles/index.css';

/**
 * MSW runs only in mock mode (`vite --mode mock`, or the mock-mode build the
 * fault journeys use); other builds drop this branch and the mock code.
 */
async function enableMocking(): Promise<void> {
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('./testing/mocks/browser');
    await startMockWorker();
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void enableMocking().then(() => startApp(container));

// The offline cache exists only in production builds; in dev and mock mode
// the worker slot belongs to MSW.
if (import.meta.env.PROD && import.meta.env.MODE !== 'mock') {
  void registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`);
}
