import {
  matchTerm,
  normalize,
  queryTerms,
  termVariants,
  tokenize,
} from './fuzzy-match';

import type { MatchRange, TermHit } from './fuzzy-match';

/** One searchable piece of text; `weight` ranks hits in it (title > body). */
export type SearchField = { key: string; text: string; weight: number };

/** Matched ranges per field key; only fields with a hit are present. */
export type Highlights = Record<string, MatchRange[]>;

export type SearchMatch = { score: number; highlights: Highlights };

function addRange(highlights: Highlights, key: string, range: MatchRange) {
  (highlights[key] ??= []).push({ start: range.start, end: range.end });
}

/** The whole query as typed, found verbatim ("v1.4", "file system"). */
function phraseMatch(fields: SearchField[], query: string): SearchMatch | null {
  const phrase = normalize(query.trim());
  if (phrase.length < 2) return null;
  const highlights: Highlights = {};
  let score = 0;
  for (const field of fields) {
    const text = normalize(field.text);
    const index = text.indexOf(phrase);
    if (index < 0) continue;
    // Normalising can change lengths (rare accents); then mark the field.
    const aligned = text.length === field.text.length;
    addRange(highlights, field.key, {
      start: aligned ? index : 0,
      end: aligned ? index + phrase.length : field.text.length,
    });
    score += field.weight * 3;
  }
  return score > 0 ? { score, highlights } : null;
}

/** Every hit of one query word (or its aliases) across the fields. */
function termHits(fields: SearchField[], term: string) {
  const hits: { key: string; hit: TermHit; weight: number }[] = [];
  const variants = termVariants(term);
  for (const field of fields) {
    for (const token of tokenize(field.text)) {
      for (const variant of variants) {
        const hit = matchTerm(variant, token);
        if (hit) {
          hits.push({ key: field.key, hit, weight: field.weight });
          break;
        }
      }
    }
  }
  return hits;
}

/**
 * Typo-tolerant search: every word of the query must match a word of some
 * field (exactly, as part of it, or within a few typos), or the query must
 * occur verbatim. Returns null when it does not match, otherwise a score for
 * ranking and the ranges to highlight. An empty query matches with score 0.
 */
export function searchFields(
  fields: SearchField[],
  query: string,
): SearchMatch | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return { score: 0, highlights: {} };
  const highlights: Highlights = {};
  let score = 0;
  for (const term of terms) {
    const hits = termHits(fields, term);
    if (hits.length === 0) return phraseMatch(fields, query);
    let best = 0;
    for (const { key, hit, weight } of hits) {
      addRange(highlights, key, hit);
      best = Math.max(best, hit.quality * weight);
    }
    score += best;
  }
  return { score, highlights };
}

/** Sorts and merges overlapping ranges so they can be marked in one pass. */
export function mergeRanges(ranges: readonly MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: MatchRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}
