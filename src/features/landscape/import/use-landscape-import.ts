import { useCallback, useEffect, useRef, useState } from 'react';

import { IMPORT_MARK_START, IMPORT_MEASURE } from './worker-protocol';

import type { FullImport } from './build-report';
import type { ImportFailure } from './import-types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

export type LandscapeImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; fraction: number }
  | { phase: 'done'; full: FullImport; milliseconds: number }
  | { phase: 'failed'; failure: ImportFailure };

/** The file's last change as `YYYY-MM-DD`: what its statuses describe. */
function fileDate(file: File): string {
  return new Date(file.lastModified || Date.now()).toISOString().slice(0, 10);
}

function createWorker() {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/** Runs `start` once the page is idle (never where workers do not exist,
 * as in unit tests); returns a function that cancels it. */
function whenIdle(start: () => void): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(start, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(start, 2000);
  return () => clearTimeout(id);
}

function crashed(fileName: string, message: string): LandscapeImportState {
  return {
    phase: 'failed',
    failure: { ok: false, fileName, message, problems: [] },
  };
}

/**
 * Reads landscape files in a Web Worker. A new file cancels the one being
 * read (its worker is ended). `onResult` runs once per successful read.
 */
export function useLandscapeImport(onResult: (full: FullImport) => void) {
  const [state, setState] = useState<LandscapeImportState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const spare = useRef<Worker | null>(null);
  const onResultRef = useRef(onResult);
  useEffect(() => {
    onResultRef.current = onResult;
  }, [onResult]);
  // A spare worker, started when the page is idle, has loaded and compiled
  // its module (0.1 s on a slow machine) by the time a file is chosen.
  useEffect(() => {
    const cancel = whenIdle(() => {
      if (!worker.current) spare.current ??= createWorker();
    });
    return () => {
      cancel();
      spare.current?.terminate();
      spare.current = null;
      worker.current?.terminate();
    };
  }, []);

  const open = useCallback((file: File) => {
    worker.current?.terminate();
    const current = spare.current ?? createWorker();
    spare.current = null;
    worker.current = current;
    const request: ImportRequest = { id: 1, file, asOf: fileDate(file) };
    const handle = (data: ImportResponse) => {
      if (worker.current !== current) return; // a newer file replaced it
      if (data.type === 'progress') {
        setState({
          phase: 'reading',
          fileName: file.name,
          fraction: data.fraction,
        });
        return;
      }
      current.terminate();
      if (data.type === 'crash') {
        setState(crashed(file.name, data.message));
        return;
      }
      const { duration } = performance.measure(
        IMPORT_MEASURE,
        IMPORT_MARK_START,
      );
      if ('ok' in data.result) {
        setState({ phase: 'failed', failure: data.result });
        return;
      }
      setState({ phase: 'done', full: data.result, milliseconds: duration });
      onResultRef.current(data.result);
    };
    current.addEventListener('message', (e: MessageEvent<ImportResponse>) =>
      handle(e.data),
    );
    current.addEventListener('error', (e) =>
      handle({
        type: 'crash',
        id: request.id,
        message: `The file could not be read: ${e.message || 'the reader stopped'}`,
      }),
    );
    setState({ phase: 'reading', fileName: file.name, fraction: 0 });
    performance.mark(IMPORT_MARK_START);
    current.postMessage(request);
  }, []);

  return { state, open };
}
