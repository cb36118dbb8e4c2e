/**
 * The importer's budgets: one set of caps for the CLI, the browser worker
 * and URL loads, so a hostile file costs bounded time and memory anywhere.
 * Each is far above what a real landscape needs (the CNCF file: 1.1 MB,
 * 2,413 items, nesting 7 deep, no aliases, longest value 1,374 characters).
 */
export const IMPORT_BUDGETS = {
  /** Bytes in the file, checked before it is read or decoded. */
  maxFileBytes: 16 * 1024 * 1024,
  /** Nodes reached through aliases (`*name`), all aliases together. */
  maxAliasedNodes: 100_000,
  /** Items read, counting those reached through aliases. */
  maxItems: 50_000,
  /** Nesting of lists and mappings (aliases do not nest the walk). */
  maxDepth: 32,
  /** Characters in one value (a name, a URL, a description, …). */
  maxTextChars: 10_000,
} as const;

/** Which budget a file exceeded. */
export type BudgetName = keyof typeof IMPORT_BUDGETS;

/** A budget exceeded, with where: the import stops there. */
export type BudgetProblem = {
  budget: BudgetName;
  /** Text offset of the node that crossed it (`null`: the whole file). */
  offset: number | null;
  /** What was found, for the message: "a value of 1,000,000 characters". */
  found: string;
};

const number = (n: number) => n.toLocaleString('en-US');

const LIMITS: Record<BudgetName, string> = {
  maxFileBytes: `files of at most ${number(IMPORT_BUDGETS.maxFileBytes / 1024 / 1024)} MB`,
  maxAliasedNodes: `at most ${number(IMPORT_BUDGETS.maxAliasedNodes)} nodes expanded through aliases (*name)`,
  maxItems: `at most ${number(IMPORT_BUDGETS.maxItems)} items`,
  maxDepth: `lists and mappings nested at most ${IMPORT_BUDGETS.maxDepth} deep`,
  maxTextChars: `values of at most ${number(IMPORT_BUDGETS.maxTextChars)} characters`,
};

/** "the importer reads at most 50,000 items": the budget in words. */
export function describeBudget(budget: BudgetName): string {
  return `the importer reads ${LIMITS[budget]}`;
}

/** Thrown inside a walk to stop it; caught by `readLandscapeFile`. */
export class BudgetExceeded extends Error {
  constructor(readonly problem: BudgetProblem) {
    super(`${problem.budget} exceeded`);
  }
}

/** Megabytes (one decimal under 100 MB) for size messages. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb < 100 ? mb.toFixed(1) : number(Math.round(mb))} MB`;
}

/** The message for a file over the size budget (no line: the whole file). */
export function fileTooLargeMessage(fileName: string, bytes: number): string {
  return `${fileName} is ${formatMegabytes(bytes)}; ${describeBudget('maxFileBytes')} (the CNCF landscape is about 1 MB).`;
}
