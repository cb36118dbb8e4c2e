import type { FullImport } from './build-report';
import type { ImportFailure } from './import-types';

/** Main thread → worker: read this file. */
export type ImportRequest = {
  id: number;
  file: File;
  /** `YYYY-MM-DD`: the date the data describes (the file's last change). */
  asOf: string;
};

/** Worker → main thread. `id` ties replies to their request. */
export type ImportResponse =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'result'; id: number; result: FullImport | ImportFailure }
  | { type: 'crash'; id: number; message: string };

/** User Timing names, read by `npm run bench` (post → result message). */
export const IMPORT_MARK_START = 'landscape-import:post';
export const IMPORT_MEASURE = 'landscape-import';
