import { pageTitle } from '@/config/paths';
import { OpenLandscapeFile } from '@/features/landscape/components/open-landscape-file';

import type { ImportReport } from '@/features/landscape/import/import-types';
import type { Landscape } from '@/features/landscape/schemas';

// Importer branch: the chart (landscape branch) renders this when merged.
function handleImported(landscape: Landscape, report: ImportReport) {
  void landscape;
  void report;
}

export function Component() {
  return (
    <>
      <title>{pageTitle('Observability landscape')}</title>
      <h1 className="text-3xl font-bold">Observability landscape</h1>
      <OpenLandscapeFile className="mt-8" onLoaded={handleImported} />
    </>
  );
}
