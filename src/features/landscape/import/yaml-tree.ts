import {
  COLLECTION_STYLE,
  EVENT_ID,
  getScalarValue,
  SCALAR_STYLE,
} from 'js-yaml';

import type { Event, ScalarEvent } from 'js-yaml';

/** A scalar as written: `text` is its decoded value, `start` its offset. */
export type YamlScalar = {
  kind: 'scalar';
  start: number;
  text: string;
  /** `null`, `~` or nothing at all (plain), or tagged `!!null`. */
  isNull: boolean;
};
export type YamlSeq = { kind: 'seq'; start: number; items: YamlEntry[] };
export type YamlMap = { kind: 'map'; start: number; pairs: YamlPair[] };
export type YamlNode = YamlScalar | YamlSeq | YamlMap;
/** `null` only for an alias whose anchor the file never defines. */
export type YamlEntry = YamlNode | null;
export type YamlPair = { key: YamlEntry; value: YamlEntry };

/** A problem found while building the tree, at a text offset. */
export type YamlIssue = { offset: number; message: string };

export type YamlTree = { documents: YamlEntry[]; issues: YamlIssue[] };

/** The core schema's plain nulls (YAML 1.2). */
const PLAIN_NULL = /^(?:~|null|Null|NULL)?$/;
const NULL_TAGS = new Set(['!!null', '!<tag:yaml.org,2002:null>']);

type MapFrame = {
  node: YamlMap;
  key: YamlEntry;
  hasKey: boolean;
  /** Offsets of the scalar keys seen so far, to find repeated keys. */
  seen: Map<string, number>;
};
type Frame = { node: YamlSeq } | MapFrame;

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

/**
 * Builds a light tree from js-yaml's event stream (`parseEvents`): every
 * node keeps its start offset, for line numbers, and aliases point at the
 * anchored node itself. Repeated keys in a mapping are issues, as they are
 * for YAML parsers that build objects.
 */
export function buildTree(
  source: string,
  events: readonly Event[],
  lineOf: (offset: number) => number,
): YamlTree {
  const documents: YamlEntry[] = [];
  const issues: YamlIssue[] = [];
  const anchors = new Map<string, YamlNode>();
  const stack: Frame[] = [];
  let rootSet = false;
  // End of the last thing read, to place nodes that have no text.
  let lastEnd = 0;

  const anchor = (start: number, end: number, node: YamlNode) => {
    if (start >= 0) anchors.set(source.slice(start, end), node);
  };
  const add = (node: YamlEntry) => {
    const top = stack.at(-1);
    if (!top) {
      if (!rootSet) documents[documents.length - 1] = node;
      rootSet = true;
    } else if (top.node.kind === 'seq') {
      top.node.items.push(node);
    } else {
      const frame = top as MapFrame;
      if (!frame.hasKey) {
        frame.key = node;
        frame.hasKey = true;
        return;
      }
      checkKey(frame);
      frame.node.pairs.push({ key: frame.key, value: node });
      frame.hasKey = false;
    }
  };
  const checkKey = ({ key, seen }: MapFrame) => {
    if (key?.kind !== 'scalar') return;
    const first = seen.get(key.text);
    if (first === undefined) seen.set(key.text, key.start);
    else {
      issues.push({
        offset: key.start,
        message: `duplicate key "${key.text}" in a mapping (first at line ${lineOf(first)})`,
      });
    }
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents.push(null);
        rootSet = false;
        break;
      case EVENT_ID.SCALAR: {
        const node = toScalar(source, event, lastEnd);
        lastEnd = Math.max(
          lastEnd,
          event.valueEnd,
          event.anchorEnd,
          event.tagEnd,
        );
        anchor(event.anchorStart, event.anchorEnd, node);
        add(node);
        break;
      }
      case EVENT_ID.ALIAS:
        lastEnd = event.anchorEnd;
        add(
          anchors.get(source.slice(event.anchorStart, event.anchorEnd)) ?? null,
        );
        break;
      case EVENT_ID.SEQUENCE: {
        const node: YamlSeq = { kind: 'seq', start: event.start, items: [] };
        // A block list starts at its first `-`, which its first entry needs.
        const flow = event.style === COLLECTION_STYLE.FLOW;
        lastEnd = flow ? event.start + 1 : event.start;
        anchor(event.anchorStart, event.anchorEnd, node);
        add(node);
        stack.push({ node });
        break;
      }
      case EVENT_ID.MAPPING: {
        const node: YamlMap = { kind: 'map', start: event.start, pairs: [] };
        const flow = event.style === COLLECTION_STYLE.FLOW;
        lastEnd = flow ? event.start + 1 : event.start;
        anchor(event.anchorStart, event.anchorEnd, node);
        add(node);
        stack.push({ node, key: null, hasKey: false, seen: new Map() });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return { documents, issues };
}

function toScalar(
  source: string,
  event: ScalarEvent,
  lastEnd: number,
): YamlScalar {
  const text = getScalarValue(source, event);
  const tag =
    event.tagStart >= 0 ? source.slice(event.tagStart, event.tagEnd) : '';
  const plain = event.style === SCALAR_STYLE.PLAIN;
  const isNull = tag ? NULL_TAGS.has(tag) : plain && PLAIN_NULL.test(text);
  // A block scalar's text starts below its `|` or `>` header, which is
  // where the node is (as the `yaml` package has it); an empty node has
  // no text: it is where its `-` or `:` is.
  const block =
    event.style === SCALAR_STYLE.LITERAL_BLOCK ||
    event.style === SCALAR_STYLE.FOLDED_BLOCK;
  const from = Math.max(lastEnd, event.anchorEnd, event.tagEnd);
  const start =
    event.valueStart >= 0 && !block
      ? event.valueStart
      : nextTokenAt(source, from, block);
  return { kind: 'scalar', start, text, isNull };
}
