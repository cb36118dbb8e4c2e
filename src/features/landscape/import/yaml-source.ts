import { Composer, isAlias, isScalar, LineCounter, Parser } from 'yaml';

import type { CST, Document, Node, YAMLMap } from 'yaml';

/** Size of the slices fed to the YAML parser, so progress can be reported. */
const CHUNK_CHARS = 64 * 1024;

export type ParsedYaml = {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Number of YAML documents in the file (a landscape has one). */
  documentCount: number;
};

/**
 * `parseDocument` split in two so a large file reports progress: the
 * tokenizer is fed slices ending at line breaks (`onProgress` gets the
 * fraction of text read), then the document is composed in one go.
 */
export function parseYaml(
  source: string,
  onProgress: (fraction: number) => void,
): ParsedYaml {
  const lines = new LineCounter();
  const parser = new Parser(lines.addNewLine);
  const tokens: CST.Token[] = [];
  let start = 0;
  while (start < source.length) {
    const breakAt = source.indexOf('\n', start + CHUNK_CHARS);
    const end = breakAt === -1 ? source.length : breakAt + 1;
    for (const token of parser.parse(source.slice(start, end), true)) {
      tokens.push(token);
    }
    start = end;
    onProgress(start / source.length);
  }
  for (const token of parser.parse('', false)) tokens.push(token);
  const docs = [...new Composer().compose(tokens, true, source.length)];
  // compose(…, forceDoc) always yields at least one document.
  const doc = docs[0] as Document.Parsed;
  return { doc, lines, documentCount: docs.length };
}

/** 1-based line of a text offset. */
export function lineAt(lines: LineCounter, offset: number): number {
  return Math.max(1, lines.linePos(offset).line);
}

/** The node itself, or what an alias (`*name`) points to. */
export function deref(doc: Document, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

/** Start offset of a node, for line numbers. */
export function startOf(node: Node | null | undefined): number | null {
  return node?.range ? node.range[0] : null;
}

export type Field = { key: Node; value: Node | null };

/** A mapping's fields by (string) key; later duplicates are YAML errors. */
export function fieldsOf(doc: Document, map: YAMLMap): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const pair of map.items) {
    const key = pair.key as Node;
    if (!isScalar(key)) continue;
    fields.set(String(key.value), { key, value: deref(doc, pair.value) });
  }
  return fields;
}

/**
 * A scalar's text: strings as is, numbers and booleans as written. `null`
 * when empty or null; `undefined` when it is a list or a mapping.
 */
export function scalarText(node: Node | null): string | null | undefined {
  if (node === null) return null;
  if (!isScalar(node)) return undefined;
  const { value } = node;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return typeof node.source === 'string' ? node.source : String(value);
  }
  return undefined;
}
