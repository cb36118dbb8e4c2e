/**
 * `npm run import-landscape -- <landscape.yml> [--category NAME] [--out FILE]`
 * Reads a landscape.yml file (the CNCF landscape format), prints what it
 * found and writes the app's landscape JSON.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import * as v from 'valibot';

import { decodeLandscapeBytes } from '@/features/landscape/import/decode-bytes';
import { isCalendarDate } from '@/features/landscape/import/field-rules';
import { formatProblem } from '@/features/landscape/import/format-problem';
import {
  fileTooLargeMessage,
  IMPORT_BUDGETS,
} from '@/features/landscape/import/import-budgets';
import { importLandscape } from '@/features/landscape/import/import-landscape';
import { LandscapeSchema } from '@/features/landscape/schemas';

import { fail, readArgs } from './cli-common';
import { formatSummary } from './format-summary';

const USAGE =
  'Usage: npm run import-landscape -- <landscape.yml> [--category NAME] [--out FILE] [--as-of YYYY-MM-DD]';
/** Git-ignored at the repo root (see .gitignore). */
const DEFAULT_OUT = 'landscape-import.json';
/** Files from this size show progress on stderr. */
const PROGRESS_FROM_BYTES = 256 * 1024;

function progressReporter(fileName: string, size: number) {
  if (size < PROGRESS_FROM_BYTES) return undefined;
  const tty = process.stderr.isTTY;
  let lastShown = -1;
  return (fraction: number) => {
    const percent = Math.floor(fraction * 100);
    // On a terminal the line is redrawn; in a log, every 25 % is enough.
    const step = tty ? 1 : 25;
    if (percent < lastShown + step && percent !== 100) return;
    if (percent === lastShown) return;
    lastShown = percent;
    const text = `Reading ${fileName}… ${percent}%`;
    process.stderr.write(
      tty ? `\r${text}${percent === 100 ? '\n' : ''}` : `${text}\n`,
    );
  };
}

/** A file-system error in words, for "Cannot read/write X: …". */
function describeFsError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const folder = path.dirname(file);
  switch (code) {
    case 'ENOENT':
      return `no such file or folder (is ${folder} there?)`;
    case 'ENOTDIR':
      return `a part of the path ${folder} is not a folder`;
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const OPTIONS = {
  category: { type: 'string' },
  out: { type: 'string' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main() {
  const { values, positionals } = readArgs(OPTIONS, USAGE);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) fail(USAGE, 2);
  const fileName = path.basename(file);
  const info = await stat(file).catch((error: unknown) =>
    fail(`Cannot read ${file}: ${describeFsError(error, file)}`),
  );
  if (info.isDirectory())
    fail(`Cannot read ${file}: ${describeFsError({ code: 'EISDIR' }, file)}`);
  // The size budget is checked before a byte is read.
  if (info.size > IMPORT_BUDGETS.maxFileBytes)
    fail(fileTooLargeMessage(fileName, info.size));
  const bytes = await readFile(file).catch((error: unknown) =>
    fail(`Cannot read ${file}: ${describeFsError(error, file)}`),
  );
  // The same decoding as the browser's worker (byte-order marks, UTF-16).
  const source = decodeLandscapeBytes(bytes);
  // Statuses are as of the file's last change, unless the caller knows
  // better (e.g. the date of the commit the file was taken from).
  const asOf = values['as-of'] ?? info.mtime.toISOString().slice(0, 10);
  if (!isCalendarDate(asOf))
    fail(`--as-of "${asOf}" is not a date (YYYY-MM-DD)`, 2);
  const started = performance.now();
  const result = importLandscape(source, {
    fileName,
    asOf,
    category: values.category ?? null,
    onProgress: progressReporter(fileName, info.size),
  });
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) {
    const details = result.problems
      .slice(0, 20)
      .map((p) => `  ${formatProblem(p)}`);
    fail([result.message, ...details].join('\n'));
  }
  // A safety net: the chart must be able to trust this file.
  const checked = v.safeParse(LandscapeSchema, result.landscape);
  if (!checked.success)
    fail(`Internal error: the output does not match the landscape schema.`);
  const out = path.resolve(values.out ?? DEFAULT_OUT);
  await writeFile(out, `${JSON.stringify(result.landscape, null, 2)}\n`).catch(
    (error: unknown) =>
      fail(
        `Cannot write ${values.out ?? DEFAULT_OUT}: ${describeFsError(error, out)}. Nothing was written; choose another --out.`,
      ),
  );
  const lines = formatSummary(result.report, asOf);
  lines.push(
    '',
    `Parsed and validated in ${seconds.toFixed(2)} s; wrote ${result.landscape.items.length} items to ${path.relative(process.cwd(), out) || out}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main().catch((error: unknown) => {
  // Anything unforeseen: one line, never a stack trace for the reader.
  const message = error instanceof Error ? error.message : String(error);
  fail(`import-landscape failed: ${message}`);
});
