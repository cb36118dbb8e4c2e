import { useCallback, useEffect, useRef, useState } from 'react';

import { IMPORT_MARK_START, IMPORT_MEASURE } from './worker-protocol';

import type { FullImport } from './build-report';
import type { ImportFailure } from './import-types';
import type {
  ImportRequest,
  ImportResponse,
  ImportSource,
} from './worker-protocol';

export type LandscapeImportState =
  | { phase: 'idle' }
  | {
      phase: 'reading';
      fileName: string;
      stage: 'downloading' | 'reading';
      /** `null` while a download's size is unknown. */
      fraction: number | null;
      bytes: number;
    }
  | {
      phase: 'done';
      full: FullImport;
      milliseconds: number;
      /** Set when a URL could not be reached and this browser's copy is shown. */
      offlineCopyFrom: string | null;
    }
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

function failed(fileName: string, message: string): LandscapeImportState {
  return {
    phase: 'failed',
    failure: { ok: false, fileName, message, problems: [] },
  };
}

/**
 * Reads landscape files and URLs in a Web Worker. A new read, or Cancel,
 * ends the worker of the one under way (nothing it did is kept, and the
 * chart stays as it was). `onResult` runs once per successful read.
 */
export function useLandscapeImport(onResult: (full: FullImport) => void) {
  const [state, setState] = useState<LandscapeImportState>({ phase: 'idle' });
  /** "Stopped reading …": said once after Cancel. */
  const [notice, setNotice] = useState<string | null>(null);
  /** The last landscape read: it stays shown while a later read fails. */
  const [loaded, setLoaded] = useState<FullImport | null>(null);
  const worker = useRef<Worker | null>(null);
  const spare = useRef<Worker | null>(null);
  /** The last state that was not a read under way, to return to on Cancel. */
  const settled = useRef<LandscapeImportState>({ phase: 'idle' });
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
  const settle = useCallback((next: LandscapeImportState) => {
    if (next.phase !== 'failed') settled.current = next;
    setState(next);
  }, []);

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

  const start = useCallback(
    (source: ImportSource, label: string) => {
      worker.current?.terminate();
      const current = spare.current ?? createWorker();
      spare.current = null;
      worker.current = current;
      setNotice(null);
      const request: ImportRequest = { id: 1, source };
      const handle = (data: ImportResponse) => {
        if (worker.current !== current) return; // replaced or cancelled
        if (data.type === 'progress') {
          const { stage, fraction, bytes } = data;
          setState({
            phase: 'reading',
            fileName: label,
            stage,
            fraction,
            bytes,
          });
          return;
        }
        current.terminate();
        worker.current = null;
        if (data.type === 'crash') {
          settle(failed(label, data.message));
          return;
        }
        const { duration } = performance.measure(
          IMPORT_MEASURE,
          IMPORT_MARK_START,
        );
        if ('ok' in data.result) {
          settle({ phase: 'failed', failure: data.result });
          return;
        }
        settle({
          phase: 'done',
          full: data.result,
          milliseconds: duration,
          offlineCopyFrom: data.offlineCopyFrom,
        });
        setLoaded(data.result);
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
      const stage = source.kind === 'url' ? 'downloading' : 'reading';
      setState({
        phase: 'reading',
        fileName: label,
        stage,
        fraction: 0,
        bytes: 0,
      });
      performance.mark(IMPORT_MARK_START);
      current.postMessage(request);
    },
    [settle],
  );

  const open = useCallback(
    (file: File) =>
      start(
        { kind: 'file', file, name: file.name, asOf: fileDate(file) },
        file.name,
      ),
    [start],
  );
  const openUrl = useCallback(
    (url: string) => start({ kind: 'url', url }, url),
    [start],
  );

  /** Ends the read under way; what was shown before stays. */
  const cancel = useCallback(() => {
    const current = worker.current;
    if (!current) return;
    current.terminate();
    worker.current = null;
    const name = state.phase === 'reading' ? state.fileName : 'the file';
    setState(settled.current);
    setNotice(`Stopped reading ${name}. The chart is unchanged.`);
  }, [state]);

  /** Back to nothing opened (a read under way is ended). */
  const reset = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setNotice(null);
    setLoaded(null);
    settle({ phase: 'idle' });
  }, [settle]);

  /** Shows a failure found before any reading (e.g. a bad `?source=`). */
  const fail = useCallback(
    (fileName: string, message: string) => settle(failed(fileName, message)),
    [settle],
  );

  return { state, loaded, notice, open, openUrl, cancel, reset, fail, warm };
}

/** What `useLandscapeImport` returns. */
export type LandscapeImporter = ReturnType<typeof useLandscapeImport>;
