/**
 * Reads a landscape off the main thread, so a 1 MB file does not freeze the
 * page: a file the reader chose, or a URL it downloads itself (with
 * progress, a timeout and this browser's copy for offline use). Loaded with
 * `new Worker(new URL(…), { type: 'module' })`; ending the worker cancels.
 */
import { decodeLandscapeBytes } from './decode-bytes';
import { fetchLandscape } from './fetch-landscape';
import { fileTooLargeMessage, IMPORT_BUDGETS } from './import-budgets';
import { isImportFailure, readLandscapeFile } from './import-landscape';
import { loadDownload, saveDownload } from './landscape-store';
import { describeLoadError, LoadError } from './load-errors';

import type { FullImport } from './build-report';
import type { ImportFailure } from './import-types';
import type {
  ImportRequest,
  ImportResponse,
  ImportSource,
} from './worker-protocol';

type Outcome = {
  result: FullImport | ImportFailure;
  offlineCopyFrom: string | null;
};

function post(message: ImportResponse) {
  self.postMessage(message);
}

const failure = (fileName: string, message: string): ImportFailure => ({
  ok: false,
  fileName,
  message,
  problems: [],
});

/** landscapeapp and landscape2 repositories keep logos in `hosted_logos/` next to the file. */
const logosNextTo = (url: string) => new URL('hosted_logos/', url).href;

function parse(
  id: number,
  text: string,
  fileName: string,
  asOf: string,
  logoBase?: string,
) {
  let lastPercent = -1;
  return readLandscapeFile(text, {
    fileName,
    asOf,
    ...(logoBase ? { logoBase } : {}),
    onProgress: (fraction) => {
      // Whole percents only: thousands of messages would slow it down.
      const percent = Math.floor(fraction * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      post({ type: 'progress', id, stage: 'reading', fraction, bytes: 0 });
    },
  });
}

async function readFileSource(
  id: number,
  source: Extract<ImportSource, { kind: 'file' }>,
): Promise<Outcome> {
  const { file, name, asOf } = source;
  if (file.size > IMPORT_BUDGETS.maxFileBytes) {
    const message = fileTooLargeMessage(name, file.size);
    return { result: failure(name, message), offlineCopyFrom: null };
  }
  const text = decodeLandscapeBytes(new Uint8Array(await file.arrayBuffer()));
  return { result: parse(id, text, name, asOf), offlineCopyFrom: null };
}

const dayOf = (date: string | null) => {
  const time = date ? Date.parse(date) : NaN;
  return new Date(Number.isNaN(time) ? Date.now() : time)
    .toISOString()
    .slice(0, 10);
};

async function readUrlSource(id: number, url: string): Promise<Outcome> {
  let text: string;
  let lastModified: string | null;
  try {
    const fetched = await fetchLandscape(url, {
      onProgress: (fraction, bytes) =>
        post({ type: 'progress', id, stage: 'downloading', fraction, bytes }),
    });
    text = decodeLandscapeBytes(fetched.bytes);
    lastModified = fetched.lastModified;
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    const offline = error.kind === 'network' || error.kind === 'timeout';
    const cached = offline ? await loadDownload(url) : undefined;
    if (!cached) {
      const message = describeLoadError(error, url);
      return { result: failure(url, message), offlineCopyFrom: null };
    }
    const asOf = dayOf(cached.lastModified ?? cached.savedAt);
    const result = parse(id, cached.text, url, asOf, logosNextTo(url));
    return { result, offlineCopyFrom: cached.savedAt };
  }
  const result = parse(id, text, url, dayOf(lastModified), logosNextTo(url));
  if (!isImportFailure(result)) {
    const savedAt = new Date().toISOString();
    await saveDownload(url, { text, savedAt, lastModified });
  }
  return { result, offlineCopyFrom: null };
}

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { id, source } = event.data;
  void (async () => {
    try {
      const outcome =
        source.kind === 'url'
          ? await readUrlSource(id, source.url)
          : await readFileSource(id, source);
      post({ type: 'result', id, ...outcome });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      post({ type: 'crash', id, message });
    }
  })();
});
