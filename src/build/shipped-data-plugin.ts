import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Plugin } from 'vite';

const PREFIX = 'shipped-data:';
const RESOLVED_PREFIX = '\0shipped-data:';

/**
 * Lets test fixtures import the shipped JSON under `public/data/` as
 * `shipped-data:v1/events.json`. (Importing files from `public/` directly
 * works, but Vite warns on every such import in the dev server.)
 */
export function shippedDataPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'cncf-explorer:shipped-data',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    resolveId(id) {
      return id.startsWith(PREFIX)
        ? `${RESOLVED_PREFIX}${id.slice(PREFIX.length)}`
        : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const relative = id.slice(RESOLVED_PREFIX.length);
      const file = path.resolve(publicDir, 'data', relative);
      if (!file.startsWith(path.resolve(publicDir, 'data') + path.sep)) {
        throw new Error(`shipped-data: ${relative} is outside public/data`);
      }
      this.addWatchFile(file);
      // Vite's JSON plugin turns the text into a module (the id ends in .json).
      return readFile(file, 'utf8');
    },
  };
}
