/**
 * Landscape files kept in this browser's IndexedDB, never uploaded: the
 * file a reader opened from disk (until they close it) and each URL's last
 * good download (for offline use). Works in a page and in a worker alike.
 */
const DB_NAME = 'cncf-explorer-landscapes';
const STORE = 'files';

/** A URL's last download that imported without failing. */
export type CachedDownload = {
  text: string;
  /** When it was downloaded, ISO 8601. */
  savedAt: string;
  lastModified: string | null;
};

/** The file a reader opened from disk. */
export type KeptFile = { file: Blob; name: string; lastModified: number };

const urlKey = (url: string) => `url:${url}`;
const LOCAL_KEY = 'local';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest,
): Promise<T | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T | undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

/** Storage can be full or off (private modes): keeping is best effort. */
const quietly = <T>(promise: Promise<T>) => promise.catch(() => undefined);

export const saveDownload = (url: string, entry: CachedDownload) =>
  quietly(run('readwrite', (s) => s.put(entry, urlKey(url))));

export const loadDownload = (url: string) =>
  quietly(run<CachedDownload>('readonly', (s) => s.get(urlKey(url))));

export const keepLocalFile = (file: File) =>
  quietly(
    run('readwrite', (s) =>
      s.put(
        {
          file,
          name: file.name,
          lastModified: file.lastModified,
        } satisfies KeptFile,
        LOCAL_KEY,
      ),
    ),
  );

export const loadLocalFile = () =>
  quietly(run<KeptFile>('readonly', (s) => s.get(LOCAL_KEY)));

export const forgetLocalFile = () =>
  quietly(run('readwrite', (s) => s.delete(LOCAL_KEY)));
