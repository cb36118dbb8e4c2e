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
  // Ends whatever worker is still running when the page goes.
  useEffect(
    () => () => {
      spare.current?.terminate();
      spare.current = null;
      worker.current?.terminate();
    },
    [],
  );

  /**
   * Starts a spare worker when the reader shows intent (pointer over or
   * focus in the file picker, a file dragged in): its module is loaded and
   * compiled (0.1 s on a slow machine) by the time a file is chosen, and
   * readers who never open a file never download the parser.
   */
  const warm = useCallback(() => {
    if (typeof Worker === 'undefined') return;
    spare.current ??= createWorker();
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

  return { state, open, warm };
}
