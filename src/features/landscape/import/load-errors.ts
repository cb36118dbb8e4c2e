import { formatMegabytes, IMPORT_BUDGETS } from './import-budgets';

/** Why a landscape could not be fetched from a URL. */
export type LoadErrorKind =
  'bad-url' | 'network' | 'cors' | 'status' | 'timeout' | 'too-large';

/** A failed fetch of a landscape file, before any parsing. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    /** HTTP status for `status`, bytes for `too-large`, ms for `timeout`. */
    readonly detail: number | null = null,
    readonly statusText = '',
  ) {
    super(kind);
  }
}

/** How long one URL load may take, headers and body together. */
export const LOAD_TIMEOUT_MS = 30_000;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * One clear sentence (two at most) for each way a URL load fails: what
 * happened and what the reader, or the host's owner, can do about it.
 */
export function describeLoadError(error: LoadError, url: string): string {
  const host = hostOf(url);
  switch (error.kind) {
    case 'bad-url':
      return `"${url}" is not an http(s) address of a landscape.yml (addresses with a user name or password are refused).`;
    case 'network':
      return `Could not reach ${host}: the network failed or the address does not exist. Check the connection and the address, then try again.`;
    case 'cors':
      return `${host} does not allow other sites to read its files, so the browser blocked the download. The host must send the header "Access-Control-Allow-Origin: *" (or this site's origin) with the file; GitHub's raw.githubusercontent.com does.`;
    case 'status': {
      const code = error.detail ?? 0;
      const text = error.statusText ? ` ${error.statusText}` : '';
      const hint =
        code === 404 || code === 410
          ? 'there is no file at that address'
          : code === 401 || code === 403
            ? 'the file is not public'
            : code >= 500
              ? 'the server failed; try again later'
              : 'the server refused the request';
      return `${host} answered ${code}${text}: ${hint}.`;
    }
    case 'timeout':
      return `${host} did not send the whole file within ${((error.detail ?? LOAD_TIMEOUT_MS) / 1000).toLocaleString('en-US', { maximumFractionDigits: 2 })} s. The connection may be slow or the server stalled; try again.`;
    case 'too-large':
      return `The file at ${host} is larger than ${formatMegabytes(IMPORT_BUDGETS.maxFileBytes)}${error.detail ? ` (${formatMegabytes(error.detail)})` : ''}; the importer reads files of at most ${formatMegabytes(IMPORT_BUDGETS.maxFileBytes)}.`;
  }
}
