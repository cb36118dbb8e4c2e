import { maturityKey, maturityLabel } from '@/features/landscape/maturity';

import type {
  ImportProblem,
  ImportReport,
  ImportSuccess,
  RejectedItem,
} from './import-types';
import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

export const SCHEMA_VERSION = 1;

/** Everything an import knows, for all categories; views are cut from it. */
export type FullImport = {
  fileName: string;
  asOf: string;
  categories: Landscape['categories'];
  items: LandscapeItem[];
  rejected: RejectedItem[];
  problems: ImportProblem[];
  /** Ids of shown items that also name a `second_path` (an array so it can
   * be posted from a worker). */
  secondPathIds: string[];
  /** Another foundation's file: its statuses are its own, not the CNCF's. */
  foreign: boolean;
  /** The folder of the file's logos, where known (a download's). */
  logoBase?: string;
  availableCategories: ImportReport['availableCategories'];
};

/** Items by CNCF status, and by the file's own maturity where it has no CNCF status. */
function countByStatus(items: readonly LandscapeItem[]) {
  const byStatus: Record<DisplayStatus, number> = {
    graduated: 0,
    incubating: 0,
    sandbox: 0,
    archived: 0,
    none: 0,
  };
  const maturities = new Map<string, { label: string; items: number }>();
  for (const item of items) {
    const key = item.status ? null : maturityKey(item);
    if (!key) {
      byStatus[item.status ?? 'none'] += 1;
      continue;
    }
    const entry = maturities.get(key) ?? {
      label: maturityLabel(item.maturity!),
      items: 0,
    };
    entry.items += 1;
    maturities.set(key, entry);
  }
  return { byStatus, byMaturity: [...maturities.values()] };
}

/**
 * The landscape and report for one category (`null`: all). Structural
 * problems outside any named category only appear in the all-categories view.
 */
export function buildView(
  full: FullImport,
  category: string | null,
): ImportSuccess {
  const inView = <T extends { category: string | null }>(entry: T) =>
    category === null || entry.category === category;
  const categories = full.categories.filter((c) =>
    inView({ category: c.name }),
  );
  const items = full.items.filter(inView);
  const rejected = full.rejected.filter(inView);
  const secondPath = new Set(full.secondPathIds);
  const landscape: Landscape = {
    schemaVersion: SCHEMA_VERSION,
    name: category ? `${full.fileName}: ${category}` : full.fileName,
    asOf: full.asOf,
    origin: null,
    ...(full.foreign ? { foreign: true } : {}),
    ...(full.logoBase ? { logoBase: full.logoBase } : {}),
    sources: [
      { title: full.fileName, kind: 'landscape', url: null, note: null },
    ],
    categories,
    items,
  };
  return {
    ok: true,
    landscape,
    report: {
      fileName: full.fileName,
      category,
      itemsRead: items.length + rejected.length,
      itemsShown: items.length,
      itemsRejected: rejected.length,
      categories: categories.length,
      subcategories: categories.reduce((n, c) => n + c.subcategories.length, 0),
      ...countByStatus(items),
      rejected,
      problems: full.problems.filter(inView),
      foreign: full.foreign,
      withSecondPath: items.filter((i) => secondPath.has(i.id)).length,
      availableCategories: full.availableCategories,
    },
  };
}

/**
 * The category's name as the file spells it (matched case-insensitively),
 * or `undefined` when the file has no such category.
 */
export function findCategory(
  full: Pick<FullImport, 'availableCategories'>,
  requested: string,
): string | undefined {
  const wanted = requested.trim().toLowerCase();
  return full.availableCategories.find((c) => c.name.toLowerCase() === wanted)
    ?.name;
}
