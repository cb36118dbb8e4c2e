import { stripBidiControls } from '@/utils/text';

import { BudgetExceeded, IMPORT_BUDGETS } from './import-budgets';
import { readItem } from './read-item';
import { fieldsOf, itemsOf, scalarText, startOf } from './yaml-nodes';
import { lineAt } from './yaml-source';

import type { ImportProblem } from './import-types';
import type { ItemPlace, ReadItem } from './read-item';
import type { Field, YamlEntry, YamlNode } from './yaml-nodes';
import type { LineIndex } from './yaml-source';

type Context = { lines: LineIndex };

/** A category's or subcategory's name, without bidi controls. */
const nameOf = (node: YamlEntry) => {
  const text = scalarText(node);
  return (text && stripBidiControls(text).trim()) || null;
};

/** A category as the file lists it; unnamed ones are not kept. */
export type WalkedCategory = { name: string; subcategories: string[] };

export type Walked = {
  categories: WalkedCategory[];
  items: ReadItem[];
  /** Problems outside items (unnamed category, `items:` not a list, …). */
  problems: ImportProblem[];
};

type Sink = Walked & {
  ctx: Context;
  onItem: (item: ReadItem) => void;
  /** Categories by name, and each one's subcategory names, for O(1) look-ups. */
  byName: Map<string, WalkedCategory>;
  subNames: Map<WalkedCategory, Set<string>>;
  /** The line each category name first stands on. */
  firstLine: Map<string, number>;
};

function problem(
  sink: Sink,
  at: YamlEntry,
  subject: string | null,
  category: string | null,
  message: string,
  severity: ImportProblem['severity'] = 'error',
): void {
  sink.problems.push({
    severity,
    line: lineAt(sink.ctx.lines, startOf(at) ?? 0),
    subject,
    category,
    message,
  });
}

/**
 * Where the list a category or subcategory needs is missing, names each
 * other key that holds a list (`item:` for `items:`, or items put straight
 * under a category), so entries the walk skips are never skipped silently.
 */
function noteStrayLists(
  sink: Sink,
  fields: Map<string, Field>,
  subject: string,
  category: string | null,
  wanted: 'items' | 'subcategories',
): number {
  let found = 0;
  for (const [key, { value }] of fields) {
    if (value?.kind !== 'seq') continue;
    found += 1;
    const n = itemsOf(value).length;
    problem(
      sink,
      value,
      subject,
      category,
      `has no ${wanted}: list; the ${n === 1 ? 'entry' : `${n} entries`} under "${key}:" ${n === 1 ? 'is' : 'are'} not read`,
    );
  }
  return found;
}

/**
 * Walks `landscape:` → categories → subcategories → items, reading every
 * item. Items under an unnamed category or subcategory are still read (and
 * rejected), so nothing in the file goes uncounted.
 */
export function walkLandscape(
  ctx: Context,
  landscape: YamlNode,
  onItem: (item: ReadItem) => void,
): Walked {
  const sink: Sink = {
    ctx,
    categories: [],
    items: [],
    problems: [],
    onItem,
    byName: new Map(),
    subNames: new Map(),
    firstLine: new Map(),
  };
  itemsOf(landscape).forEach((node, index) => {
    walkCategory(sink, node, index + 1);
  });
  return {
    categories: sink.categories,
    items: sink.items,
    problems: sink.problems,
  };
}

function walkCategory(sink: Sink, node: YamlEntry, position: number) {
  const label = `category #${position}`;
  if (node?.kind !== 'map') {
    problem(
      sink,
      node,
      label,
      null,
      'is not a mapping (expected name: and subcategories:)',
    );
    return;
  }
  const fields = fieldsOf(node);
  const name = nameOf(fields.get('name')?.value ?? null);
  const subject = name ? `category "${name}"` : label;
  if (!name)
    problem(sink, node, subject, null, 'has no name; its items are rejected');
  const existing = name ? sink.byName.get(name) : undefined;
  const line = lineAt(sink.ctx.lines, startOf(node) ?? 0);
  if (existing && name)
    problem(
      sink,
      node,
      subject,
      name,
      `stands twice (also at line ${sink.firstLine.get(name)}); its subcategories are shown together`,
      'warning',
    );
  else if (name) sink.firstLine.set(name, line);
  const category = existing ?? (name ? { name, subcategories: [] } : null);
  if (name && category && !existing) {
    sink.categories.push(category);
    sink.byName.set(name, category);
    sink.subNames.set(category, new Set());
  }
  const list = fields.get('subcategories')?.value ?? null;
  if (list?.kind !== 'seq') {
    const stray = fields.has('subcategories')
      ? 0
      : noteStrayLists(sink, fields, subject, name, 'subcategories');
    if (stray === 0)
      problem(sink, list ?? node, subject, name, 'has no subcategories: list');
    return;
  }
  itemsOf(list).forEach((sub, index) => {
    const blocked = name
      ? null
      : `its category (line ${lineAt(sink.ctx.lines, startOf(node) ?? 0)}) has no name`;
    walkSubcategory(sink, sub, index + 1, category, blocked);
  });
}

function walkSubcategory(
  sink: Sink,
  node: YamlEntry,
  position: number,
  category: { name: string; subcategories: string[] } | null,
  blockedByCategory: string | null,
) {
  const categoryName = category?.name ?? null;
  const label = `subcategory #${position}${categoryName ? ` of "${categoryName}"` : ''}`;
  if (node?.kind !== 'map') {
    problem(
      sink,
      node,
      label,
      categoryName,
      'is not a mapping (expected name: and items:)',
    );
    return;
  }
  const fields = fieldsOf(node);
  const name = nameOf(fields.get('name')?.value ?? null);
  const subject = name ? `subcategory "${name}"` : label;
  if (!name)
    problem(
      sink,
      node,
      subject,
      categoryName,
      'has no name; its items are rejected',
    );
  const known = category ? sink.subNames.get(category) : undefined;
  if (category && known && name && !known.has(name)) {
    known.add(name);
    category.subcategories.push(name);
  }
  const list = fields.get('items')?.value ?? null;
  if (!fields.has('items')) {
    noteStrayLists(sink, fields, subject, categoryName, 'items');
    return;
  }
  if (list === null || scalarText(list) === null) return; // no items yet
  if (list?.kind !== 'seq') {
    problem(sink, list, subject, categoryName, 'items: is not a list');
    return;
  }
  const line = lineAt(sink.ctx.lines, startOf(node) ?? 0);
  const blocked =
    blockedByCategory ??
    (name ? null : `its subcategory (line ${line}) has no name`);
  itemsOf(list).forEach((item, index) => {
    if (sink.items.length >= IMPORT_BUDGETS.maxItems) {
      throw new BudgetExceeded({
        budget: 'maxItems',
        offset: startOf(item ?? list),
        found: `more than ${IMPORT_BUDGETS.maxItems.toLocaleString('en-US')} items`,
      });
    }
    const place: ItemPlace = {
      category: categoryName,
      subcategory: name,
      position: index + 1,
      blocked,
    };
    // An unresolvable alias has no node; the list then gives the line.
    const read = readItem(sink.ctx, item ?? list, place);
    sink.items.push(read);
    sink.onItem(read);
  });
}
