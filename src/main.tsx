import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import './styles/index.css';

/** MSW runs only in `vite --mode mock`; production builds drop this branch. */
async function enableMocking(): Promise<void> {
  if (!import.meta.env.DEV || import.meta.env.MODE !== 'mock') return;
  const { startMockWorker } = await import('./testing/mocks/browser');
  await startMockWorker();
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void enableMocking().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
