import { slugify } from '../import/assign-ids';
import { SCHEMA_VERSION } from '../import/build-report';
import { isImportFailure, readLandscapeFile } from '../import/import-landscape';
import { mergeCategories } from './merge-categories';
import { originTitle, originUrl } from './origin';
import { ALL_FILE, CATEGORY_DIR, INDEX_FILE } from './shipped-files';

import type { FullImport } from '../import/build-report';
import type { ImportFailure } from '../import/import-types';
import type { Landscape, LandscapeIndex, LandscapeOrigin } from '../schemas';

/** The shipped landscape as files: the index, one file per category, all. */
export type ShippedData = {
  index: LandscapeIndex;
  /** Every category merged, in index order (`ALL_FILE`). */
  whole: Landscape;
  /** Keyed by path relative to `SHIPPED_LANDSCAPE_DIR`, in index order. */
  categories: Map<string, Landscape>;
};

/**
 * Cuts a whole-file import into the shipped files. Facts only: every
 * description is `null` (the file's descriptions are other people's words).
 * Item ids are the import's, assigned over the whole file, so an id is the
 * same in a category file and in the whole landscape. Pure.
 */
function buildShippedData(
  full: Pick<FullImport, 'categories' | 'items'>,
  origin: LandscapeOrigin,
): ShippedData {
  const source = {
    title: originTitle(origin),
    kind: 'landscape' as const,
    url: originUrl(origin),
    note: `${origin.attribution}. ${origin.licence}. Facts only: descriptions are left out.`,
  };
  const used = new Set<string>();
  const categories = new Map<string, Landscape>();
  const entries = full.categories.map((category) => {
    let slug = slugify(category.name) || 'category';
    for (let n = 2; used.has(slug); n += 1)
      slug = `${slugify(category.name)}-${n}`;
    used.add(slug);
    const file = `${CATEGORY_DIR}/${slug}.json`;
    const items = full.items
      .filter((item) => item.category === category.name)
      .map((item) => ({ ...item, description: null }));
    categories.set(file, {
      schemaVersion: SCHEMA_VERSION,
      name: `CNCF landscape: ${category.name}`,
      asOf: origin.date,
      origin,
      sources: [source],
      categories: [category],
      items,
    });
    const subcategories = category.subcategories.map((name) => ({
      name,
      items: items.filter((item) => item.subcategory === name).length,
    }));
    return {
      name: category.name,
      slug,
      file,
      items: items.length,
      subcategories,
    };
  });
  const index: LandscapeIndex = {
    schemaVersion: SCHEMA_VERSION,
    name: 'CNCF landscape',
    asOf: origin.date,
    origin,
    items: entries.reduce((sum, c) => sum + c.items, 0),
    allFile: ALL_FILE,
    categories: entries,
  };
  const whole = mergeCategories(index, [...categories.values()]);
  return { index, whole, categories };
}

/**
 * A data file's text: indented JSON with each item on one line, so a
 * regenerated file's diff shows one line per changed item.
 */
function formatDataFile(value: object): string {
  const lines = JSON.stringify(value, null, 2).split('\n');
  if (!('items' in value) || !Array.isArray(value.items)) {
    return `${lines.join('\n')}\n`;
  }
  const { items, ...rest } = value as { items: unknown[] };
  const head = JSON.stringify({ ...rest, items: [] }, null, 2).replace(
    /\n {2}"items": \[\]\n\}$/,
    '',
  );
  const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `${head}\n  "items": [\n${body}\n  ]\n}\n`;
}

/** What `npm run data:landscape` makes from a file, before writing it. */
export type GeneratedFiles = {
  full: FullImport;
  data: ShippedData;
  /** File text by path relative to `SHIPPED_LANDSCAPE_DIR`. */
  files: Map<string, string>;
};

/**
 * The whole of `npm run data:landscape` but the writing: import the file
 * with the app's importer, cut it into the shipped files, format them.
 * The script and the test that checks the committed data both use it.
 */
export function generateShippedFiles(
  source: string,
  fileName: string,
  origin: LandscapeOrigin,
): GeneratedFiles | ImportFailure {
  const full = readLandscapeFile(source, { fileName, asOf: origin.date });
  if (isImportFailure(full)) return full;
  const data = buildShippedData(full, origin);
  const files = new Map([
    [INDEX_FILE, formatDataFile(data.index)],
    [ALL_FILE, formatDataFile(data.whole)],
  ]);
  for (const [name, landscape] of data.categories) {
    files.set(name, formatDataFile(landscape));
  }
  return { full, data, files };
}
