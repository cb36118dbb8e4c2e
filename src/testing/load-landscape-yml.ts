import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';

/*
 * TEST-ONLY loader for the real CNCF landscape.yml, so the chart can be
 * measured on all 2,413 items before the importer lands. It converts in
 * memory and never writes the result anywhere (converted data must not be
 * committed). It does no validation: the importer is the real parser.
 */

/** Where tests find the real file; CI has it at ../shared from the repo root. */
export function landscapeYmlPath(): string {
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  return (
    process.env.LANDSCAPE_YML ??
    path.resolve(repoRoot, '../shared/data/cncf-landscape/landscape.yml')
  );
}

type Raw = Record<string, unknown>;
const asRecord = (v: unknown): Raw =>
  typeof v === 'object' && v !== null ? (v as Raw) : {};
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : null;
const date = (v: unknown): string | null => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : text(v);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : null;
};
const STATUSES = ['graduated', 'incubating', 'sandbox', 'archived'] as const;

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'item'
  );
}

export function loadLandscapeYml(file = landscapeYmlPath()): Landscape {
  const doc = asRecord(parse(readFileSync(file, 'utf8')));
  const categories: Landscape['categories'] = [];
  const items: LandscapeItem[] = [];
  const ids = new Set<string>();
  for (const rawCategory of asList(doc.landscape)) {
    const category = asRecord(asRecord(rawCategory).category ?? rawCategory);
    const categoryName = text(category.name) ?? 'Unnamed category';
    const subcategories: string[] = [];
    for (const rawSub of asList(category.subcategories)) {
      const sub = asRecord(asRecord(rawSub).subcategory ?? rawSub);
      const subName = text(sub.name) ?? 'Unnamed subcategory';
      subcategories.push(subName);
      for (const rawItem of asList(sub.items)) {
        const item = asRecord(asRecord(rawItem).item ?? rawItem);
        const name = text(item.name) ?? 'Unnamed';
        let id = slug(name);
        for (let n = 2; ids.has(id); n += 1) id = `${slug(name)}-${n}`;
        ids.add(id);
        const extra = asRecord(item.extra);
        const project = STATUSES.find((s) => s === item.project) ?? null;
        items.push({
          id,
          name,
          category: categoryName,
          subcategory: subName,
          description: text(item.description),
          homepageUrl: text(item.homepage_url) ?? '',
          repoUrl: text(item.repo_url),
          status: project,
          dates: {
            accepted: date(extra.accepted),
            incubating: date(extra.incubating),
            graduated: date(extra.graduated),
            archived: date(extra.archived),
          },
        });
      }
    }
    categories.push({ name: categoryName, subcategories });
  }
  return {
    schemaVersion: 1,
    name: 'CNCF landscape (test load of landscape.yml)',
    asOf: '2026-08-07',
    sources: [],
    categories,
    items,
  };
}
