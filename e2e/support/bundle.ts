import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = path.resolve(import.meta.dirname, '..', '..', 'dist');

type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export async function readManifest(): Promise<Manifest> {
  return JSON.parse(
    await readFile(path.join(DIST, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
}

/** The files a chunk loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return files;
}

/** The JS a first visit to a route loads: the entry plus the route module. */
export function routeFirstLoad(
  manifest: Manifest,
  routeModule: string,
): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('manifest has no entry');
  return [...staticClosure(manifest, [entry, routeModule])].filter((f) =>
    f.endsWith('.js'),
  );
}

export async function gzipBytes(files: Iterable<string>): Promise<number> {
  let total = 0;
  for (const file of files) {
    total += gzipSync(await readFile(path.join(DIST, file)), {
      level: 9,
    }).length;
  }
  return total;
}
