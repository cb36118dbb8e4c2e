import type { Landscape } from '@/features/landscape/schemas';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** One problem found in a landscape file, always with where it is. */
export type ImportProblem = {
  /** `error`: the item (or file) is rejected; `warning`: it is still shown. */
  severity: 'error' | 'warning';
  /** 1-based line in the file; `null` only when the file has no lines. */
  line: number | null;
  /** What it concerns, ready to print: `item "Foo"`, `category "Bar"`. */
  subject: string | null;
  /** The category the problem belongs to (for per-category views). */
  category: string | null;
  message: string;
};

/** An item that was read but cannot be shown, with every reason. */
export type RejectedItem = {
  line: number;
  /** The item's name, or a description of its place when it has none. */
  item: string;
  category: string | null;
  subcategory: string | null;
  reasons: ImportProblem[];
};

/** What an import found. Invariant: itemsRead = itemsShown + itemsRejected. */
export type ImportReport = {
  fileName: string;
  /** The category shown, or `null` for all of them. */
  category: string | null;
  itemsRead: number;
  itemsShown: number;
  itemsRejected: number;
  categories: number;
  subcategories: number;
  /**
   * Shown items by CNCF status (`none`: not a CNCF project and no maturity
   * of the file's own).
   */
  byStatus: Record<DisplayStatus, number>;
  /**
   * Shown items by the file's own maturity words (another foundation's
   * `emeritus`, …), labelled as the legend shows them, in first-use order.
   */
  byMaturity: { label: string; items: number }[];
  rejected: RejectedItem[];
  /** Warnings on shown items and structural errors outside items. */
  problems: ImportProblem[];
  /** Another foundation's file: its statuses are its own, not the CNCF's. */
  foreign: boolean;
  /** Shown items that also name a `second_path` (shown once, see README). */
  withSecondPath: number;
  /** Every category in the file with its item count (for a picker). */
  availableCategories: { name: string; items: number }[];
};

export type ImportSuccess = {
  ok: true;
  landscape: Landscape;
  report: ImportReport;
};

/** The file could not be read as a landscape at all. */
export type ImportFailure = {
  ok: false;
  fileName: string;
  /** One clear sentence for the reader. */
  message: string;
  /** Details with lines, such as each YAML syntax error. */
  problems: ImportProblem[];
};

export type ImportResult = ImportSuccess | ImportFailure;

export type ImportOptions = {
  /** Shown in messages and in the landscape's name. */
  fileName: string;
  /** The date the data describes, `YYYY-MM-DD` (e.g. the file's mtime). */
  asOf: string;
  /** One category by name (case-insensitive), or all when absent. */
  category?: string | null;
  /** Called with a fraction in [0, 1], increasing. */
  onProgress?: (fraction: number) => void;
  /** The folder of the file's logos (for a download: `hosted_logos/` next to it). */
  logoBase?: string;
};
