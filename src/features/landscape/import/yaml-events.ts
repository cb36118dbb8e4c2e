import { EVENT_ID, getScalarValue } from 'js-yaml';

import type { Event } from 'js-yaml';

/**
 * js-yaml's event stream (`parseEvents`) with an index, read in place: no
 * tree is built, so only the nodes the importer looks at cost anything.
 */
export type YamlDoc = {
  source: string;
  events: Event[];
  /** For each node's first event, the index just past its last event. */
  end: Int32Array;
  /** For each alias event, its anchored node's event (-1: no such anchor). */
  aliases: Map<number, number>;
  /** Decoded text of each scalar key, by event index (read once). */
  keys: (string | undefined)[];
  /** Each document's top node, by event index (-1: an empty document). */
  documents: number[];
};

/** A problem found while indexing, at a text offset. */
export type YamlIssue = { offset: number; message: string };

type Frame =
  | { kind: 'document' | 'seq'; index: number }
  | {
      kind: 'map';
      index: number;
      /** Keys seen so far, with their offsets. */
      seen: Map<string, number>;
      /** The next node is a key. */
      atKey: boolean;
    };

/**
 * Indexes the events in one pass: where each node ends, what each alias
 * points at (the last anchor of that name before it, as YAML has it) and
 * each document's top node. Repeated keys in a mapping are issues, as in
 * YAML parsers that build objects.
 */
export function indexEvents(
  source: string,
  events: Event[],
  lineOf: (offset: number) => number,
): { doc: YamlDoc; issues: YamlIssue[] } {
  const end = new Int32Array(events.length);
  const aliases = new Map<number, number>();
  const keys = new Array<string | undefined>(events.length);
  const anchors = new Map<string, number>();
  const documents: number[] = [];
  const issues: YamlIssue[] = [];
  const stack: Frame[] = [];

  const enter = (index: number) => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'document') documents[documents.length - 1] = index;
    if (top?.kind !== 'map') return;
    if (top.atKey) checkKey(top.seen, index);
    top.atKey = !top.atKey;
  };
  const checkKey = (seen: Map<string, number>, index: number) => {
    const event = events[index];
    if (event?.type !== EVENT_ID.SCALAR) return;
    const key = getScalarValue(source, event);
    keys[index] = key;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, event.valueStart);
    else {
      issues.push({
        offset: Math.max(0, event.valueStart),
        message: `duplicate key "${key}" in a mapping (first at line ${lineOf(first)})`,
      });
    }
  };
  const anchor = (
    event: { anchorStart: number; anchorEnd: number },
    i: number,
  ) => {
    if (event.anchorStart >= 0) {
      anchors.set(source.slice(event.anchorStart, event.anchorEnd), i);
    }
  };

  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as Event;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents.push(-1);
        stack.push({ kind: 'document', index: i });
        break;
      case EVENT_ID.SEQUENCE:
        enter(i);
        anchor(event, i);
        stack.push({ kind: 'seq', index: i });
        break;
      case EVENT_ID.MAPPING:
        enter(i);
        anchor(event, i);
        stack.push({ kind: 'map', index: i, seen: new Map(), atKey: true });
        break;
      case EVENT_ID.SCALAR:
        enter(i);
        anchor(event, i);
        end[i] = i + 1;
        break;
      case EVENT_ID.ALIAS: {
        enter(i);
        const name = source.slice(event.anchorStart, event.anchorEnd);
        aliases.set(i, anchors.get(name) ?? -1);
        end[i] = i + 1;
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame) end[frame.index] = i + 1;
        break;
      }
    }
  }
  return { doc: { source, events, end, aliases, keys, documents }, issues };
}
