import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

import { LANDSCAPE_SOURCE_PARAM } from '@/config/paths';
import { isHttpUrl } from '@/utils/url';

import {
  forgetLocalFile,
  keepLocalFile,
  loadLocalFile,
} from './landscape-store';
import { useLandscapeImport } from './use-landscape-import';

import type { FullImport } from './build-report';

/** `?source=<http(s) URL>` or `?source=local` (the file opened from disk). */
export const SOURCE_PARAM = LANDSCAPE_SOURCE_PARAM;
/** The file opened from disk, kept in this browser until it is closed. */
export const LOCAL_SOURCE = 'local';
/** The CNCF landscape as it stands now, on its repository's main branch. */
export const CNCF_LATEST_URL =
  'https://raw.githubusercontent.com/cncf/landscape/master/landscape.yml';

/**
 * The landscape the reader chose, kept in the URL so a view can be shared
 * and survives a reload: a URL is downloaded again (or read from this
 * browser's copy when offline), a file opened from disk is read again from
 * IndexedDB. Closing forgets the file and drops the parameter.
 */
export function useLandscapeSource(onResult: (full: FullImport) => void) {
  const [params, setParams] = useSearchParams();
  const source = params.get(SOURCE_PARAM);
  const importer = useLandscapeImport(onResult);
  const { open, openUrl, fail, reset } = importer;
  /** The source read last, so a reload of the params does not read again. */
  const started = useRef<string | null>(null);

  const setSource = useCallback(
    (value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === null) next.delete(SOURCE_PARAM);
          else next.set(SOURCE_PARAM, value);
          return next;
        },
        { preventScrollReset: true },
      ),
    [setParams],
  );

  useEffect(() => {
    if (source === started.current) return;
    started.current = source;
    if (source === null) {
      reset();
      return;
    }
    if (source === LOCAL_SOURCE) {
      void loadLocalFile().then((kept) => {
        if (started.current !== LOCAL_SOURCE) return;
        if (!kept) {
          fail(
            'The file you opened',
            'The file you opened before is no longer kept in this browser (it was closed, or the browser cleared its storage). Open it again, or go back to the shipped data.',
          );
          return;
        }
        const file = new File([kept.file], kept.name, {
          lastModified: kept.lastModified,
        });
        open(file);
      });
      return;
    }
    if (!isHttpUrl(source)) {
      fail(
        source,
        `?source= must be the http(s) address of a landscape.yml; "${source}" is not (addresses with a user name or password are refused).`,
      );
      return;
    }
    openUrl(source);
  }, [source, open, openUrl, fail, reset]);

  /** Reads a file from disk and keeps it in this browser for reloads. */
  const openFile = useCallback(
    (file: File) => {
      started.current = LOCAL_SOURCE;
      open(file);
      void keepLocalFile(file);
      setSource(LOCAL_SOURCE);
    },
    [open, setSource],
  );

  /** Loads a URL: the parameter changes, and the effect reads it. */
  const loadUrl = useCallback(
    (url: string) => {
      if (url === source) {
        started.current = url;
        openUrl(url);
      } else setSource(url);
    },
    [source, openUrl, setSource],
  );

  /** Back to the shipped data: the file is forgotten, the URL cleared. */
  const close = useCallback(() => {
    void forgetLocalFile();
    setSource(null);
  }, [setSource]);

  return { ...importer, source, openFile, loadUrl, close };
}

/** What `useLandscapeSource` returns: the importer plus the URL state. */
export type LandscapeSourceControl = ReturnType<typeof useLandscapeSource>;
