/** A half-open character range `[start, end)` in a field's original text. */
export type MatchRange = { start: number; end: number };

/** A word of a text: its original spelling, its normalised form, its place. */
export type Token = { norm: string; start: number; end: number };

/** How good a hit is; higher wins when ranking results. */
const HIT_QUALITY = { exact: 3, partial: 2, fuzzy: 1 } as const;

export type TermHit = MatchRange & { quality: number };

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/**
 * Common abbreviations readers type for names in the data. A query word is
 * tried as itself and as each expansion, so "otel" finds OpenTelemetry.
 */
const SEARCH_ALIASES: Readonly<Record<string, readonly string[]>> = {
  otel: ['opentelemetry'],
  k8s: ['kubernetes'],
  toc: ['technical', 'oversight'],
  csi: ['container', 'storage'],
};

/** Lower case without accents: "Café" → "cafe". */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Splits text into words (letters and digits), keeping their positions. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({
      norm: normalize(match[0]),
      start,
      end: start + match[0].length,
    });
  }
  return tokens;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swaps of neighbouring
 * letters), bounded: it stops as soon as the result must exceed `max` and
 * then returns `max + 1`. Cost is O(|a|·|b|) at worst, far less on misses.
 */
export function boundedDamerauLevenshtein(
  a: string,
  b: string,
  max: number,
): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      row[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = row;
  }
  const distance = previous[b.length]!;
  return distance > max ? max + 1 : distance;
}

/** Typos allowed in a query word: none up to 3 letters, 1 up to 7, then 2. */
export function maxEditsFor(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** Where a normalised term occurs inside a token, or null. */
function partialHit(term: string, token: Token): TermHit | null {
  const index = token.norm.indexOf(term);
  // One or two letters only match the start of a word: "ai" should not
  // light up every "maintain".
  if (index < 0 || (term.length < 3 && index > 0)) return null;
  const exact = index === 0 && term.length === token.norm.length;
  const sameLength = token.norm.length === token.end - token.start;
  return {
    start: sameLength ? token.start + index : token.start,
    end: sameLength ? token.start + index + term.length : token.end,
    quality: exact ? HIT_QUALITY.exact : HIT_QUALITY.partial,
  };
}

/** A typo-tolerant hit on the whole token or on its beginning. */
function fuzzyHit(term: string, token: Token): TermHit | null {
  const max = maxEditsFor(term.length);
  if (max === 0) return null;
  const whole = {
    start: token.start,
    end: token.end,
    quality: HIT_QUALITY.fuzzy,
  };
  if (boundedDamerauLevenshtein(term, token.norm, max) <= max) return whole;
  // A word typed halfway with one typo ("kubevr" of "KubeVirt"). Only one
  // edit here: a short prefix with two edits matches far too much.
  if (term.length < 5 || token.norm.length <= term.length) return null;
  for (const length of [term.length, term.length + 1]) {
    const prefix = token.norm.slice(0, length);
    if (boundedDamerauLevenshtein(term, prefix, 1) <= 1) return whole;
  }
  return null;
}

/** The best hit of one normalised query word on one token. */
export function matchTerm(term: string, token: Token): TermHit | null {
  return partialHit(term, token) ?? fuzzyHit(term, token);
}

/** The query's words, normalised, without repeats. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => t.norm))];
}

/** A term and the spellings it stands for (itself first). */
export function termVariants(term: string): string[] {
  return [term, ...(SEARCH_ALIASES[term] ?? [])];
}
