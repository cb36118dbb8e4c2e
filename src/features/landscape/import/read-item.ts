import { stripBidiControls } from '@/utils/text';

import { isCalendarDate, isCncfStatus, isHttpUrl } from './field-rules';
import { fieldsOf, itemsOf, scalarText, startOf } from './yaml-nodes';
import { lineAt } from './yaml-source';

import type { ImportProblem } from './import-types';
import type { Field, YamlEntry, YamlNode } from './yaml-nodes';
import type { LineIndex } from './yaml-source';
import type {
  LandscapeItem,
  SecondPath,
  StatusDates,
} from '@/features/landscape/schemas';
import type { CncfStatus } from '@/lib/schemas/cncf-status';

/** An item's fields before it gets its id. */
export type ItemDraft = Omit<LandscapeItem, 'id'>;

/** Where an item sits; `blocked` rejects it (e.g. its category has no name). */
export type ItemPlace = {
  category: string | null;
  subcategory: string | null;
  /** 1-based position in its subcategory, to name items without a name. */
  position: number;
  blocked: string | null;
};

/** One item as read: a draft when it can be shown, its problems either way. */
export type ReadItem = {
  line: number;
  name: string | null;
  label: string;
  place: ItemPlace;
  draft: ItemDraft | null;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  hasSecondPath: boolean;
  /**
   * The Crunchbase organisation (`cloud-native-computing-foundation`) of an
   * item with a `project` value: whose statuses the file gives.
   */
  projectOrg: string | null;
  /**
   * Where the item's `project` gives a maturity word of the file's own: one
   * note per word is made of these for the whole file (see noteMaturities).
   */
  maturityAt: ImportProblem | null;
};

type Context = { lines: LineIndex };

const DATE_KEYS = ['accepted', 'incubating', 'graduated', 'archived'] as const;

function describePlace(place: ItemPlace): string {
  const where = place.subcategory ? ` in "${place.subcategory}"` : '';
  return `item #${place.position}${where}`;
}

/** Reads one entry of a subcategory's `items:` list. */
export function readItem(
  ctx: Context,
  node: YamlNode,
  place: ItemPlace,
): ReadItem {
  const line = lineAt(ctx.lines, startOf(node) ?? 0);
  const result: ReadItem = {
    line,
    name: null,
    label: describePlace(place),
    place,
    draft: null,
    errors: [],
    warnings: [],
    hasSecondPath: false,
    projectOrg: null,
    maturityAt: null,
  };
  const problemAt = (
    severity: 'error' | 'warning',
    at: YamlEntry,
    message: string,
  ): ImportProblem => ({
    severity,
    line: at ? lineAt(ctx.lines, startOf(at) ?? 0) : line,
    subject: result.name ? `item "${result.name}"` : result.label,
    category: place.category,
    message,
  });
  const report = (
    severity: 'error' | 'warning',
    at: YamlEntry,
    message: string,
  ) => {
    const problem = problemAt(severity, at, message);
    (severity === 'error' ? result.errors : result.warnings).push(problem);
  };
  if (node.kind !== 'map') {
    report(
      'error',
      node,
      'is not a mapping (expected name:, homepage_url:, …)',
    );
    return result;
  }
  const fields = itemFields(node);
  const name = readName(fields, (at, m) => report('error', at, m));
  result.name = name;
  if (name) result.label = name;
  if (place.blocked) report('error', node, place.blocked);
  const homepageUrl = readHomepage(fields, node, (at, m) =>
    report('error', at, m),
  );
  const { status, maturity } = readStatus(
    fields,
    (at, m) => report('warning', at, m),
    (at) => {
      result.maturityAt = problemAt('warning', at, '');
    },
  );
  const repoUrl = readRepoUrl(fields, (at, m) => report('warning', at, m));
  const description = readDescription(fields, (at, m) =>
    report('warning', at, m),
  );
  const dates = readDates(fields, (at, m) => report('warning', at, m));
  const logo = readLogo(fields, (at, m) => report('warning', at, m));
  const secondPaths = readSecondPaths(fields, (at, m) =>
    report('warning', at, m),
  );
  result.hasSecondPath = fields.has('second_path');
  if (status !== null || maturity !== null)
    result.projectOrg = crunchbaseOrg(fields);
  if (result.errors.length > 0 || !name || homepageUrl === null) return result;
  result.draft = {
    name,
    category: place.category ?? '',
    subcategory: place.subcategory ?? '',
    description,
    homepageUrl,
    repoUrl,
    status,
    dates,
    logo,
    secondPaths,
    // Only where the file uses a maturity of its own, so CNCF data keeps
    // its shape.
    ...(maturity === null ? {} : { maturity }),
  };
  return result;
}

type Report = (at: YamlEntry, message: string) => void;

/**
 * An item's fields: beside its `item:` marker, as the official format
 * writes them, or under it (`- item:` with the fields indented below), as
 * hand-written files sometimes do; the marker itself carries nothing.
 */
function itemFields(node: YamlNode): Map<string, Field> {
  const fields = fieldsOf(node);
  const marker = fields.get('item')?.value;
  if (fields.has('name') || marker?.kind !== 'map') return fields;
  return fieldsOf(marker);
}

/** `…/organization/<slug>` of the `crunchbase` field, lowercased; `null` if none. */
function crunchbaseOrg(fields: Map<string, Field>): string | null {
  const text = scalarText(fields.get('crunchbase')?.value ?? null);
  const slug = text?.match(/\/organization\/([^/?#\s]+)/)?.[1];
  return slug ? slug.toLowerCase() : null;
}

function readName(fields: Map<string, Field>, report: Report): string | null {
  const field = fields.get('name');
  const text = scalarText(field?.value ?? null);
  if (text === undefined) report(field?.value ?? null, 'name is not text');
  else if (text === null) report(field?.key ?? null, 'has no name');
  // Bidi controls could make a name read as another; none is needed.
  return (text && stripBidiControls(text).trim()) || null;
}

function readHomepage(
  fields: Map<string, Field>,
  item: YamlNode,
  report: Report,
): string | null {
  const field = fields.get('homepage_url');
  const text = scalarText(field?.value ?? null);
  if (!field || text === null) {
    report(field?.key ?? item, 'has no homepage_url');
    return null;
  }
  if (text === undefined || !isHttpUrl(text.trim())) {
    report(field.value, 'homepage_url is not an http(s) URL');
    return null;
  }
  return text.trim();
}

function readRepoUrl(fields: Map<string, Field>, report: Report) {
  const field = fields.get('repo_url');
  const text = scalarText(field?.value ?? null);
  if (!field || text === null) return null;
  if (text === undefined || !isHttpUrl(text.trim())) {
    report(field.value, 'repo_url is not an http(s) URL; shown without it');
    return null;
  }
  return text.trim();
}

/**
 * The `project` field. Landscape files may use any maturity (landscape2
 * gives only graduated, incubating, sandbox and archived a meaning; other
 * foundations use `emeritus`, `member`, …): such an item is shown, without a
 * CNCF status, keeping the file's word in `maturity`, and a warning says so.
 */
function readStatus(
  fields: Map<string, Field>,
  report: Report,
  ownMaturity: (at: YamlEntry) => void,
): { status: CncfStatus | null; maturity: string | null } {
  const none = { status: null, maturity: null };
  const field = fields.get('project');
  const text = scalarText(field?.value ?? null);
  if (!field || text === null) return none;
  if (text === undefined) {
    report(
      field.value,
      'project status is a list or mapping; shown without it',
    );
    return none;
  }
  const value = text.trim().toLowerCase();
  if (isCncfStatus(value)) return { status: value, maturity: null };
  if (value === '') return none;
  const maturity = stripBidiControls(text.trim());
  ownMaturity(field.value);
  return { status: null, maturity };
}

function readDescription(fields: Map<string, Field>, report: Report) {
  const field = fields.get('description');
  const text = scalarText(field?.value ?? null);
  if (text === undefined) {
    report(field?.value ?? null, 'description is not text; shown without it');
    return null;
  }
  return text;
}

function readDates(fields: Map<string, Field>, report: Report): StatusDates {
  const dates: StatusDates = {
    accepted: null,
    incubating: null,
    graduated: null,
    archived: null,
  };
  const extra = fields.get('extra')?.value ?? null;
  if (extra === null || scalarText(extra) === null) return dates;
  if (extra.kind !== 'map') {
    report(extra, 'extra is not a mapping; its dates are left out');
    return dates;
  }
  const extraFields = fieldsOf(extra);
  for (const key of DATE_KEYS) {
    const value = extraFields.get(key)?.value ?? null;
    const text = scalarText(value);
    if (text === null) continue;
    if (text !== undefined && isCalendarDate(text.trim())) {
      dates[key] = text.trim();
    } else {
      const shown = text === undefined ? 'a list or mapping' : `"${text}"`;
      report(
        value,
        `extra.${key} ${shown} is not a date (expected YYYY-MM-DD); left out`,
      );
    }
  }
  return dates;
}

function readLogo(fields: Map<string, Field>, report: Report): string | null {
  const field = fields.get('logo');
  const text = scalarText(field?.value ?? null);
  if (text === undefined) {
    report(field?.value ?? null, 'logo is not a file name; shown without it');
    return null;
  }
  return text?.trim() || null;
}

/** `second_path` entries are "Category / Subcategory". */
const SECOND_PATH = /^(.+?)\s+\/\s+(.+)$/;

function readSecondPaths(
  fields: Map<string, Field>,
  report: Report,
): SecondPath[] {
  const list = fields.get('second_path')?.value ?? null;
  if (list === null || scalarText(list) === null) return [];
  const entries = list.kind === 'seq' ? itemsOf(list) : [list];
  const paths: SecondPath[] = [];
  for (const entry of entries) {
    const text = scalarText(entry)?.trim();
    const match = text ? SECOND_PATH.exec(text) : null;
    if (match?.[1] && match[2]) {
      paths.push({ category: match[1], subcategory: match[2].trim() });
    } else {
      report(
        entry,
        `second_path ${text ? `"${text}"` : 'entry'} is not "Category / Subcategory"; left out`,
      );
    }
  }
  return paths;
}
