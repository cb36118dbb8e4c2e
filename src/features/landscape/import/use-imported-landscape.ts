import { useMemo, useState } from 'react';

import { buildView } from './build-report';
import { useLandscapeSource } from './use-landscape-source';

import type { Landscape } from '../schemas';

/** The landscape a page shows: the shipped data or one the reader loaded. */
export type ShownLandscape =
  | { kind: 'shipped' }
  | { kind: 'imported'; landscape: Landscape; fileName: string };

/**
 * The landscape the reader loaded (a file or a URL) and the category they
 * view of it, for the landscape page: `view` is `null` while the shipped
 * data is shown (no `?source=`, or nothing read yet).
 */
export function useImportedLandscape() {
  const [category, setCategory] = useState<string | null>(null);
  const control = useLandscapeSource(() => setCategory(null));
  const { loaded, source } = control;
  const view = useMemo(
    () => (loaded && source !== null ? buildView(loaded, category) : null),
    [loaded, source, category],
  );
  /** What the page shows: the shipped data, or the loaded landscape. */
  const shown: ShownLandscape = view
    ? {
        kind: 'imported',
        landscape: view.landscape,
        fileName: view.report.fileName,
      }
    : { kind: 'shipped' };
  return { control, category, setCategory, view, shown };
}
