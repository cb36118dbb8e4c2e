/** Where the shipped landscape lives, relative to the data root. */
export const SHIPPED_LANDSCAPE_DIR = 'v1/landscape';
/** The index, relative to `SHIPPED_LANDSCAPE_DIR`. */
export const INDEX_FILE = 'index.json';
/** Category files, relative to `SHIPPED_LANDSCAPE_DIR`. */
export const CATEGORY_DIR = 'categories';
/** The whole landscape in one file (what `?category=all` reads). */
export const ALL_FILE = 'all.json';
