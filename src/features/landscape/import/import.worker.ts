/**
 * Parses a landscape file off the main thread, so a 1 MB file does not
 * freeze the page. Loaded with `new Worker(new URL(…), { type: 'module' })`.
 */
import { readLandscapeFile } from './import-landscape';

import type { ImportRequest, ImportResponse } from './worker-protocol';

/** Larger files are refused: the CNCF landscape is about 1 MB. */
const MAX_BYTES = 50 * 1024 * 1024;

function post(message: ImportResponse) {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { id, file, asOf } = event.data;
  void (async () => {
    try {
      if (file.size > MAX_BYTES) {
        const mb = Math.round(file.size / 1024 / 1024);
        throw new Error(`${file.name} is ${mb} MB; at most 50 MB can be read.`);
      }
      const text = await file.text();
      let lastPercent = -1;
      const result = readLandscapeFile(text, {
        fileName: file.name,
        asOf,
        onProgress: (fraction) => {
          // Whole percents only: thousands of messages would slow it down.
          const percent = Math.floor(fraction * 100);
          if (percent === lastPercent) return;
          lastPercent = percent;
          post({ type: 'progress', id, fraction });
        },
      });
      post({ type: 'result', id, result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      post({ type: 'crash', id, message });
    }
  })();
});
