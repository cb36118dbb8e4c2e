import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { DataError } from './data-error';
import { parseData } from './fetch-json';

import type * as v from 'valibot';

/**
 * Node only (build time: the feeds and the pre-rendered embed): reads a
 * shipped data file and validates it with the app's schema. Every failure
 * is a DataError naming the file (and the field), which fails the build
 * with a clear message.
 */
export async function readData<S extends v.GenericSchema>(
  dataDir: string,
  relative: string,
  schema: S,
): Promise<v.InferOutput<S>> {
  const url = path.join(dataDir, relative);
  const text = await readFile(url, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DataError(`is not valid JSON (${reason})`, {
      kind: 'invalid-json',
      file: relative,
      url,
      cause,
    });
  }
  return parseData(json, schema, { file: relative, url });
}
