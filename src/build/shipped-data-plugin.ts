import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Plugin } from 'vite';

const PREFIX = 'shipped-data:';
const RESOLVED_PREFIX = '\0shipped-data:';
const DIR_PREFIX = 'shipped-data-dir:';
const RESOLVED_DIR_PREFIX = '\0shipped-data-dir:';

/**
 * Lets test fixtures import the shipped JSON under `public/data/` as
 * `shipped-data:v1/events.json`. (Importing files from `public/` directly
 * works, but Vite warns on every such import in the dev server.)
 * `shipped-data-dir:v1/landscape/categories` is a map from each JSON file's
 * name in that folder to a lazy import of it, so a mock can load one
 * category's file without parsing the whole landscape.
 */
export function shippedDataPlugin(): Plugin {
  let dataDir = '';
  const inside = (relative: string) => {
    const file = path.resolve(dataDir, relative);
    if (file !== dataDir && !file.startsWith(dataDir + path.sep)) {
      throw new Error(`shipped-data: ${relative} is outside public/data`);
    }
    return file;
  };
  return {
    name: 'cncf-explorer:shipped-data',
    configResolved(config) {
      dataDir = path.resolve(config.publicDir, 'data');
    },
    resolveId(id) {
      if (id.startsWith(DIR_PREFIX))
        return `${RESOLVED_DIR_PREFIX}${id.slice(DIR_PREFIX.length)}`;
      return id.startsWith(PREFIX)
        ? `${RESOLVED_PREFIX}${id.slice(PREFIX.length)}`
        : null;
    },
    async load(id) {
      if (id.startsWith(RESOLVED_DIR_PREFIX)) {
        const relative = id.slice(RESOLVED_DIR_PREFIX.length);
        const dir = inside(relative);
        const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
        const entries = names.map(
          (name) =>
            `  ${JSON.stringify(name)}: () => import(${JSON.stringify(`${PREFIX}${relative}/${name}`)}),`,
        );
        return `export default {\n${entries.join('\n')}\n};\n`;
      }
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const file = inside(id.slice(RESOLVED_PREFIX.length));
      this.addWatchFile(file);
      // Vite's JSON plugin turns the text into a module (the id ends in .json).
      return readFile(file, 'utf8');
    },
  };
}
