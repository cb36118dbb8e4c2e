import type { FullImport } from './build-report';
import type { ImportFailure } from './import-types';

/** What to read: a file the reader chose, or a URL to download. */
export type ImportSource =
  | {
      kind: 'file';
      file: Blob;
      name: string;
      /** `YYYY-MM-DD`: the date the data describes (the file's last change). */
      asOf: string;
    }
  | { kind: 'url'; url: string };

/** Main thread → worker: read this. */
export type ImportRequest = { id: number; source: ImportSource };

/** Worker → main thread. `id` ties replies to their request. */
export type ImportResponse =
  | {
      type: 'progress';
      id: number;
      stage: 'downloading' | 'reading';
      /** `null` while a download's size is unknown. */
      fraction: number | null;
      bytes: number;
    }
  | {
      type: 'result';
      id: number;
      result: FullImport | ImportFailure;
      /** Set when the network failed and this browser's copy was used. */
      offlineCopyFrom: string | null;
    }
  | { type: 'crash'; id: number; message: string };

/** User Timing names, read by `npm run bench` (post → result message). */
export const IMPORT_MARK_START = 'landscape-import:post';
export const IMPORT_MEASURE = 'landscape-import';
