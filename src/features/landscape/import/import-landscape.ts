import { formatNumber } from '@/utils/format';

import { assignIds } from './assign-ids';
import { buildView, findCategory } from './build-report';
import { STATUS_LIST_TEXT } from './field-rules';
import { markDuplicates } from './find-duplicates';
import {
  BudgetExceeded,
  describeBudget,
  fileTooLargeMessage,
  IMPORT_BUDGETS,
} from './import-budgets';
import { walkLandscape } from './walk-landscape';
import { fieldsOf } from './yaml-nodes';
import { lineAt, parseYaml } from './yaml-source';

import type { FullImport } from './build-report';
import type { BudgetProblem } from './import-budgets';
import type {
  ImportFailure,
  ImportOptions,
  ImportProblem,
  ImportResult,
  RejectedItem,
} from './import-types';
import type { ItemDraft, ReadItem } from './read-item';
import type { ParsedYaml } from './yaml-source';
import type { LandscapeItem } from '@/features/landscape/schemas';

/** Progress share of parsing (one call); reading items takes the rest. */
const PARSE_SHARE = 0.6;
/** Report reading progress at most every this many items. */
const PROGRESS_EVERY = 100;

function failure(
  fileName: string,
  message: string,
  problems: ImportProblem[] = [],
): ImportFailure {
  return { ok: false, fileName, message, problems };
}

function notALandscape(fileName: string, detail: string): ImportFailure {
  return failure(
    fileName,
    `${fileName} is not a landscape file: ${detail}. A landscape file has a top-level "landscape:" list of categories, as in the CNCF landscape's landscape.yml.`,
  );
}

function syntaxFailure(fileName: string, parsed: ParsedYaml): ImportFailure {
  const problems = parsed.errors.map((error): ImportProblem => ({
    severity: 'error',
    line: lineAt(parsed.lines, error.offset),
    subject: null,
    category: null,
    message: `YAML syntax error: ${error.message}`,
  }));
  const first = problems[0];
  const where = first?.line ? ` at line ${first.line}` : '';
  const count = problems.length > 1 ? ` (${problems.length} errors)` : '';
  return failure(
    fileName,
    `${fileName} is not valid YAML${where}${count}.`,
    problems,
  );
}

/** One clear error naming the line and the budget; nothing is shown. */
function budgetFailure(
  fileName: string,
  parsed: Pick<ParsedYaml, 'lines'>,
  problem: BudgetProblem,
): ImportFailure {
  const line =
    problem.offset === null ? null : lineAt(parsed.lines, problem.offset);
  const where = line === null ? '' : ` at line ${line}`;
  const message = `${fileName} is too much to import: ${problem.found}${where}; ${describeBudget(problem.budget)}.`;
  return failure(fileName, message, [
    { severity: 'error', line, subject: null, category: null, message },
  ]);
}

/** The CNCF's Crunchbase organisation, which cncf/landscape names for its projects. */
const CNCF_ORG = 'cloud-native-computing-foundation';

/**
 * Whether the file is another foundation's, whose statuses are its own: it
 * uses maturity words the CNCF does not, or its projects name another
 * organisation in Crunchbase (landscapeapp files name their foundation
 * there: `continuous-delivery-foundation-cdf`) more often than the CNCF.
 * A file that says neither is read as the format's own, the CNCF's.
 */
function isForeign(items: readonly ReadItem[]): boolean {
  if (items.some((item) => item.draft?.maturity)) return true;
  const orgs = new Map<string, number>();
  for (const item of items) {
    if (item.draft && item.projectOrg)
      orgs.set(item.projectOrg, (orgs.get(item.projectOrg) ?? 0) + 1);
  }
  const cncf = orgs.get(CNCF_ORG) ?? 0;
  return [...orgs.values()].some((n) => n > cncf);
}

/**
 * One note per maturity word of the file's own (another foundation's
 * `emeritus`, …), at its first item and with how many items use it, rather
 * than a warning on each of hundreds of valid items.
 */
function noteMaturities(items: readonly ReadItem[]): ImportProblem[] {
  const notes = new Map<
    string,
    { first: ImportProblem; word: string; n: number }
  >();
  for (const item of items) {
    const word = item.draft?.maturity;
    if (!item.maturityAt || !word || item.errors.length > 0) continue;
    const key = word.toLowerCase();
    const note = notes.get(key) ?? { first: item.maturityAt, word, n: 0 };
    note.n += 1;
    notes.set(key, note);
  }
  return [...notes.values()].map(({ first, word, n }) => ({
    ...first,
    message: `project status "${word}" is not one of ${STATUS_LIST_TEXT}: the file's own maturity level, on ${n === 1 ? 'this item only' : `${formatNumber(n)} items, this one first`}; shown as a status of its own, with no CNCF status`,
  }));
}

/** Splits read items into shown (with ids) and rejected, in file order. */
function settle(items: readonly ReadItem[]) {
  const shown = items.filter(
    (item): item is ReadItem & { draft: ItemDraft } =>
      item.draft !== null && item.errors.length === 0,
  );
  const ids = assignIds(shown.map((item) => item.draft));
  const landscapeItems: LandscapeItem[] = [];
  const secondPathIds: string[] = [];
  shown.forEach((item, index) => {
    const id = ids[index] ?? '';
    landscapeItems.push({ id, ...item.draft });
    if (item.hasSecondPath) secondPathIds.push(id);
  });
  const rejected: RejectedItem[] = items
    .filter((item) => item.errors.length > 0)
    .map((item) => ({
      line: item.line,
      item: item.label,
      category: item.place.category,
      subcategory: item.place.subcategory,
      reasons: item.errors,
    }));
  return { landscapeItems, secondPathIds, rejected };
}

const byLine = (a: ImportProblem, b: ImportProblem) =>
  (a.line ?? 0) - (b.line ?? 0);

/**
 * Reads a landscape.yml file in full (all categories). Pure: no DOM and no
 * Node APIs, so it runs in Node, a browser and a Web Worker alike.
 */
export function readLandscapeFile(
  source: string,
  options: Omit<ImportOptions, 'category'>,
): FullImport | ImportFailure {
  const { fileName, asOf } = options;
  const progress = options.onProgress ?? (() => undefined);
  progress(0);
  // Callers check bytes before decoding; a string is at most as long.
  if (source.length > IMPORT_BUDGETS.maxFileBytes) {
    return failure(fileName, fileTooLargeMessage(fileName, source.length));
  }
  const parsed = parseYaml(source);
  if (parsed.budget) return budgetFailure(fileName, parsed, parsed.budget);
  if (parsed.errors.length > 0) return syntaxFailure(fileName, parsed);
  if (parsed.documentCount > 1) {
    const count = parsed.documentCount;
    return notALandscape(fileName, `it holds ${count} YAML documents`);
  }
  const root = parsed.root;
  if (root?.kind !== 'map') {
    return notALandscape(fileName, 'its top level is not a mapping');
  }
  // landscape2 accepts either key for the list of categories.
  const top = fieldsOf(root);
  const list = (top.get('landscape') ?? top.get('categories'))?.value ?? null;
  if (list?.kind !== 'seq') {
    return notALandscape(
      fileName,
      'it has no "landscape:" (or "categories:") list',
    );
  }
  const readStart = PARSE_SHARE;
  progress(readStart);
  // The item count is unknown until the walk ends; the line stands in.
  const totalLines = Math.max(1, parsed.lines.lineStarts.length);
  let seen = 0;
  let walked;
  try {
    walked = walkLandscape({ lines: parsed.lines }, list, (item) => {
      seen += 1;
      if (seen % PROGRESS_EVERY !== 0) return;
      progress(
        readStart + (1 - readStart) * Math.min(1, item.line / totalLines),
      );
    });
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    return budgetFailure(fileName, parsed, error.problem);
  }
  if (walked.items.length === 0) {
    // Nothing to show: a reader's chart must not be replaced by an empty one.
    const why = walked.problems[0];
    const detail = why
      ? `its first problem: ${why.subject ?? ''} ${why.message} (line ${why.line ?? '?'})`
      : 'its "landscape:" list holds no items';
    return failure(
      fileName,
      `${fileName} has no items to show; ${detail.replace(/\s+/g, ' ')}.`,
      walked.problems,
    );
  }
  markDuplicates(walked.items);
  const { landscapeItems, secondPathIds, rejected } = settle(walked.items);
  const problems = [
    ...walked.problems,
    ...walked.items.flatMap((item) => item.warnings),
    ...noteMaturities(walked.items),
  ].sort(byLine);
  const counts = new Map<string, number>();
  for (const item of walked.items) {
    const name = item.place.category;
    if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  progress(1);
  return {
    fileName,
    asOf,
    categories: walked.categories,
    items: landscapeItems,
    rejected,
    problems,
    secondPathIds,
    foreign: isForeign(walked.items),
    ...(options.logoBase ? { logoBase: options.logoBase } : {}),
    availableCategories: walked.categories.map((c) => ({
      name: c.name,
      items: counts.get(c.name) ?? 0,
    })),
  };
}

/** Whether `readLandscapeFile` failed (the file is not a usable landscape). */
export function isImportFailure(
  result: FullImport | ImportFailure,
): result is ImportFailure {
  return 'ok' in result && !result.ok;
}

/**
 * Parses, validates and maps a landscape.yml file to the app's `Landscape`,
 * for one category or all. Counts add up: read = shown + rejected.
 */
export function importLandscape(
  source: string,
  options: ImportOptions,
): ImportResult {
  const full = readLandscapeFile(source, options);
  if (isImportFailure(full)) return full;
  const requested = options.category?.trim();
  if (!requested) return buildView(full, null);
  const category = findCategory(full, requested);
  if (category === undefined) {
    const names = full.availableCategories.map((c) => `"${c.name}"`);
    return failure(
      options.fileName,
      `${options.fileName} has no category "${requested}". Its categories are: ${names.join(', ') || 'none'}.`,
    );
  }
  return buildView(full, category);
}
