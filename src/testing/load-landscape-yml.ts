import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { importLandscape } from '@/features/landscape/import/import-landscape';

import type { Landscape } from '@/features/landscape/schemas';

/** Where tests and benchmarks find the real file; CI has it at ../shared. */
export function landscapeYmlPath(): string {
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  return (
    process.env.LANDSCAPE_YML ??
    path.resolve(repoRoot, '../shared/data/cncf-landscape/landscape.yml')
  );
}

/**
 * Reads the real CNCF landscape.yml through the app's importer, in memory
 * (converted data is never written anywhere). Fails loudly when the file is
 * missing: CI has it, so a missing file is a set-up error, not a skip.
 */
export function loadLandscapeYml(file = landscapeYmlPath()): Landscape {
  if (!existsSync(file)) {
    throw new Error(
      `The real landscape file is missing at ${file}; set LANDSCAPE_YML to its path.`,
    );
  }
  const result = importLandscape(readFileSync(file, 'utf8'), {
    fileName: path.basename(file),
    asOf: '2026-08-07',
  });
  if (!result.ok) throw new Error(`${result.fileName}: ${result.message}`);
  return { ...result.landscape, name: 'CNCF landscape' };
}
