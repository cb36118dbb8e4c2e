import { EVENT_ID, getScalarValue } from 'js-yaml';

import { IMPORT_BUDGETS } from './import-budgets';

import type { BudgetProblem } from './import-budgets';
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
  | { kind: 'document' | 'seq'; index: number; weight: number }
  | {
      kind: 'map';
      index: number;
      weight: number;
      /** Keys seen so far, with their offsets. */
      seen: Map<string, number>;
      /** The next node is a key. */
      atKey: boolean;
    };

/**
 * Indexes the events in one pass: where each node ends, what each alias
 * points at (the last anchor of that name before it, as YAML has it) and
 * each document's top node. Repeated keys in a mapping are issues, as in
 * YAML parsers that build objects. Stops at the first budget exceeded:
 * the nodes every alias stands for are added up as they are met (each
 * node's expanded size is known when it closes), so an alias bomb is
 * caught here in linear time, before anything walks it.
 */
export function indexEvents(
  source: string,
  events: Event[],
  lineOf: (offset: number) => number,
): { doc: YamlDoc; issues: YamlIssue[]; budget: BudgetProblem | null } {
  const end = new Int32Array(events.length);
  /** Nodes each closed node stands for, aliases expanded. */
  const weight = new Float64Array(events.length);
  let aliased = 0;
  let budget: BudgetProblem | null = null;
  const aliases = new Map<number, number>();
  const keys = new Array<string | undefined>(events.length);
  const anchors = new Map<string, number>();
  const documents: number[] = [];
  const issues: YamlIssue[] = [];
  const stack: Frame[] = [];

  const enter = (index: number, nodes = 1) => {
    const top = stack[stack.length - 1];
    if (top) top.weight += nodes;
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

  const { maxAliasedNodes, maxTextChars } = IMPORT_BUDGETS;
  for (let i = 0; i < events.length && budget === null; i += 1) {
    const event = events[i] as Event;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents.push(-1);
        stack.push({ kind: 'document', index: i, weight: 0 });
        break;
      case EVENT_ID.SEQUENCE:
        enter(i);
        anchor(event, i);
        stack.push({ kind: 'seq', index: i, weight: 1 });
        break;
      case EVENT_ID.MAPPING:
        enter(i);
        anchor(event, i);
        stack.push({
          kind: 'map',
          index: i,
          weight: 1,
          seen: new Map(),
          atKey: true,
        });
        break;
      case EVENT_ID.SCALAR: {
        const length = event.valueEnd - event.valueStart;
        if (length > maxTextChars) {
          budget = {
            budget: 'maxTextChars',
            offset: event.valueStart,
            found: `a value of ${length.toLocaleString('en-US')} characters`,
          };
          break;
        }
        enter(i);
        anchor(event, i);
        end[i] = i + 1;
        weight[i] = 1;
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = source.slice(event.anchorStart, event.anchorEnd);
        const target = anchors.get(name) ?? -1;
        // An alias of a node still open (a cycle) counts as one node: the
        // walk goes a fixed number of levels deep, never round a cycle.
        const nodes = Math.max(1, target >= 0 ? (weight[target] ?? 1) : 1);
        aliased += nodes;
        if (aliased > maxAliasedNodes) {
          budget = {
            budget: 'maxAliasedNodes',
            offset: event.anchorStart,
            found: `aliases that expand to more than ${maxAliasedNodes.toLocaleString('en-US')} nodes`,
          };
          break;
        }
        enter(i, nodes);
        aliases.set(i, target);
        end[i] = i + 1;
        weight[i] = nodes;
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) break;
        end[frame.index] = i + 1;
        weight[frame.index] = frame.weight;
        const parent = stack[stack.length - 1];
        // enter() counted the collection as 1 when it opened.
        if (parent) parent.weight += frame.weight - 1;
        break;
      }
    }
  }
  return {
    doc: { source, events, end, aliases, keys, documents },
    issues,
    budget,
  };
}
