import { useMemo, useState } from 'react';

import { buildView } from './build-report';
import { useLandscapeSource } from './use-landscape-source';

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
  return { control, category, setCategory, view };
}
