import { parseEvents, YAMLException } from 'js-yaml';

import { IMPORT_BUDGETS } from './import-budgets';
import { indexEvents } from './yaml-events';
import { nodeAt } from './yaml-nodes';

import type { BudgetProblem } from './import-budgets';
import type { YamlIssue } from './yaml-events';
import type { YamlEntry } from './yaml-nodes';

/** Offsets where each line starts; `lineStarts[0]` is 0. */
export type LineIndex = { lineStarts: number[] };

export type ParsedYaml = {
  /** The first document's top node (`null` when the file has none). */
  root: YamlEntry;
  /** Number of YAML documents in the file (a landscape has one). */
  documentCount: number;
  /** Syntax errors; when there are any, `root` is not to be used. */
  errors: YamlIssue[];
  /** A budget the file exceeds; when set, `root` is not to be used. */
  budget: BudgetProblem | null;
  lines: LineIndex;
};

function indexLines(source: string): LineIndex {
  const lineStarts = [0];
  for (let at = source.indexOf('\n'); at !== -1;) {
    lineStarts.push(at + 1);
    at = source.indexOf('\n', at + 1);
  }
  return { lineStarts };
}

/** 1-based line of a text offset. */
export function lineAt(lines: LineIndex, offset: number): number {
  const starts = lines.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * Parses with js-yaml's event parser: several times faster than a full
 * document model, and every event keeps its offset. It stops at the first
 * syntax error, so there is at most one (repeated keys can add more).
 */
export function parseYaml(source: string): ParsedYaml {
  const lines = indexLines(source);
  let events;
  try {
    events = parseEvents(source, { maxDepth: IMPORT_BUDGETS.maxDepth });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const offset = error.mark?.position ?? 0;
    const tooDeep = /maxDepth/.test(error.reason);
    return {
      root: null,
      documentCount: 0,
      errors: tooDeep ? [] : [{ offset, message: error.reason }],
      budget: tooDeep
        ? {
            budget: 'maxDepth',
            offset,
            found: `nesting deeper than ${IMPORT_BUDGETS.maxDepth} levels`,
          }
        : null,
      lines,
    };
  }
  const { doc, issues, budget } = indexEvents(source, events, (offset) =>
    lineAt(lines, offset),
  );
  return {
    root: nodeAt(doc, doc.documents[0] ?? -1),
    documentCount: doc.documents.length,
    errors: issues,
    budget,
    lines,
  };
}
