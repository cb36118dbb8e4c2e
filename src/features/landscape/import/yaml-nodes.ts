import {
  COLLECTION_STYLE,
  EVENT_ID,
  getScalarValue,
  SCALAR_STYLE,
} from 'js-yaml';

import type { YamlDoc } from './yaml-events';
import type { Event, ScalarEvent } from 'js-yaml';

/** A node of the document: its first event, aliases already followed. */
export type YamlNode = {
  doc: YamlDoc;
  index: number;
  kind: 'scalar' | 'seq' | 'map';
};
/** `null` for nothing there, or an alias whose anchor is not defined. */
export type YamlEntry = YamlNode | null;

export type Field = { key: YamlNode; value: YamlEntry };

/** The core schema's plain nulls (YAML 1.2). */
const PLAIN_NULL = /^(?:~|null|Null|NULL)?$/;
const NULL_TAGS = new Set(['!!null', '!<tag:yaml.org,2002:null>']);

/** The node starting at event `index`, following an alias. */
export function nodeAt(doc: YamlDoc, index: number): YamlEntry {
  let at = index;
  let event = doc.events[at];
  if (event?.type === EVENT_ID.ALIAS) {
    at = doc.aliases.get(at) ?? -1;
    event = doc.events[at];
  }
  switch (event?.type) {
    case EVENT_ID.SCALAR:
      return { doc, index: at, kind: 'scalar' };
    case EVENT_ID.SEQUENCE:
      return { doc, index: at, kind: 'seq' };
    case EVENT_ID.MAPPING:
      return { doc, index: at, kind: 'map' };
    default:
      return null;
  }
}

/** A list's entries, in order. */
export function itemsOf(seq: YamlNode): YamlEntry[] {
  const { doc } = seq;
  const items: YamlEntry[] = [];
  const last = (doc.end[seq.index] ?? 0) - 1; // its closing event
  for (let at = seq.index + 1; at < last; at = doc.end[at] ?? last) {
    items.push(nodeAt(doc, at));
  }
  return items;
}

/** A mapping's fields by (scalar) key; repeated keys are syntax errors. */
export function fieldsOf(map: YamlNode): Map<string, Field> {
  const { doc } = map;
  const fields = new Map<string, Field>();
  const last = (doc.end[map.index] ?? 0) - 1;
  for (let at = map.index + 1; at < last;) {
    const valueAt = doc.end[at] ?? last;
    const key = nodeAt(doc, at);
    if (key?.kind === 'scalar') {
      // Keys were decoded when indexing; an aliased key is decoded here.
      const text =
        doc.keys[at] ??
        getScalarValue(doc.source, doc.events[key.index] as ScalarEvent);
      fields.set(text, { key, value: nodeAt(doc, valueAt) });
    }
    at = doc.end[valueAt] ?? last;
  }
  return fields;
}

/**
 * A scalar's text, numbers and booleans as written. `null` when empty or
 * null; `undefined` when it is a list or a mapping.
 */
export function scalarText(node: YamlEntry): string | null | undefined {
  if (node === null) return null;
  if (node.kind !== 'scalar') return undefined;
  const { source } = node.doc;
  const event = node.doc.events[node.index] as ScalarEvent;
  const text = getScalarValue(source, event);
  const tag =
    event.tagStart >= 0 ? source.slice(event.tagStart, event.tagEnd) : '';
  const isNull = tag
    ? NULL_TAGS.has(tag)
    : event.style === SCALAR_STYLE.PLAIN && PLAIN_NULL.test(text);
  return isNull || text.trim() === '' ? null : text;
}

/** Start offset of a node, for line numbers. */
export function startOf(node: YamlEntry): number | null {
  if (node === null) return null;
  const { source, events } = node.doc;
  const event = events[node.index] as Event;
  if (event.type !== EVENT_ID.SCALAR) {
    return 'start' in event ? event.start : null;
  }
  // A block scalar's text starts below its `|` or `>` header, but the
  // reader looks for the field on the header's line; an empty node has no
  // text: it is where its `-` or `:` is.
  const block =
    event.style === SCALAR_STYLE.LITERAL_BLOCK ||
    event.style === SCALAR_STYLE.FOLDED_BLOCK;
  if (event.valueStart >= 0 && !block) return event.valueStart;
  const from = Math.max(
    endBefore(events, node.index),
    event.anchorEnd,
    event.tagEnd,
  );
  return nextTokenAt(source, from, block);
}

/** Where the text of the events before `index` ends. */
function endBefore(events: readonly Event[], index: number): number {
  for (let at = index - 1; at >= 0; at -= 1) {
    const event = events[at] as Event;
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const end = Math.max(event.valueEnd, event.anchorEnd, event.tagEnd);
        if (end >= 0) return end;
        break;
      }
      case EVENT_ID.ALIAS:
        return event.anchorEnd;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        // A block collection starts at its first entry's `-` or key.
        return event.style === COLLECTION_STYLE.FLOW
          ? event.start + 1
          : event.start;
    }
  }
  return 0;
}

const isBlank = (ch: string | undefined) =>
  ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';

/**
 * The first token at or after `from`, past a closing quote (of the scalar
 * before), spaces, line breaks and comments; with `pastIndicator`, also
 * past one `-`, `?` or `:` that introduces the node.
 */
function nextTokenAt(source: string, from: number, pastIndicator: boolean) {
  let at = from;
  let skipIndicator = pastIndicator;
  while (at < source.length) {
    const ch = source[at];
    if (ch === '#') {
      const end = source.indexOf('\n', at);
      at = end === -1 ? source.length : end;
    } else if (isBlank(ch) || ((ch === '"' || ch === "'") && at === from)) {
      at += 1;
    } else if (skipIndicator && '-?:'.includes(ch ?? '')) {
      skipIndicator = false;
      at += 1;
    } else break;
  }
  return Math.min(at, Math.max(0, source.length - 1));
}
