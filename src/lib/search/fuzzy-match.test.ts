// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  boundedDamerauLevenshtein,
  matchTerm,
  maxEditsFor,
  normalize,
  queryTerms,
  tokenize,
} from './fuzzy-match';
import { mergeRanges, searchFields } from './search-fields';

describe('boundedDamerauLevenshtein', () => {
  it.each([
    ['kubevirt', 'kubevirt', 0],
    ['kubevrt', 'kubevirt', 1],
    ['flatcr', 'flatcar', 1],
    ['faltcar', 'flatcar', 1], // one swap of neighbours
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(boundedDamerauLevenshtein(a, b, 5)).toBe(expected);
  });

  it('stops at the bound and reports bound + 1', () => {
    expect(boundedDamerauLevenshtein('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDamerauLevenshtein('a', 'abcdef', 2)).toBe(3);
  });
});

describe('tokenize and normalize', () => {
  it('splits on anything but letters and digits and keeps positions', () => {
    const text = 'KubeVirt v1.4, Café!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['kubevirt', 'v1', '4', 'cafe']);
    expect(text.slice(tokens[3]!.start, tokens[3]!.end)).toBe('Café');
  });

  it('drops accents and case', () => {
    expect(normalize('ÉLAN')).toBe('elan');
  });

  it('dedupes query words', () => {
    expect(queryTerms('Otel otel  K8s')).toEqual(['otel', 'k8s']);
  });
});

describe('matchTerm', () => {
  const token = (text: string) => tokenize(text)[0]!;

  it('allows more typos for longer words', () => {
    expect([3, 4, 7, 8, 12].map(maxEditsFor)).toEqual([0, 1, 1, 2, 2]);
    expect(matchTerm('kbe', token('kube'))).toBeNull();
  });

  it('marks only the matching part of a word', () => {
    expect(matchTerm('virt', token('KubeVirt'))).toMatchObject({
      start: 4,
      end: 8,
    });
  });

  it('matches short words only at the start of a word', () => {
    expect(matchTerm('ai', token('maintain'))).toBeNull();
    expect(matchTerm('ai', token('AI'))).not.toBeNull();
  });

  it('forgives a typo in a word typed halfway', () => {
    expect(matchTerm('kubevr', token('KubeVirt'))).not.toBeNull();
  });

  it('does not stretch a typo into a different word', () => {
    expect(matchTerm('kubevrt', token('Kubernetes'))).toBeNull();
  });
});

describe('searchFields', () => {
  const fields = [
    { key: 'title', text: 'KubeVirt v1.4 released', weight: 3 },
    { key: 'body', text: 'Runs VMs next to containers.', weight: 1 },
  ];

  it('needs every query word to match', () => {
    expect(searchFields(fields, 'kubevrt containers')).not.toBeNull();
    expect(searchFields(fields, 'kubevrt serverless')).toBeNull();
  });

  it('finds a phrase that words alone would miss', () => {
    expect(searchFields(fields, '1.4')?.highlights.title).toEqual([
      { start: 10, end: 13 },
    ]);
  });

  it('expands known abbreviations', () => {
    const otel = [{ key: 't', text: 'OpenTelemetry Associate', weight: 1 }];
    expect(searchFields(otel, 'otel')?.highlights.t).toEqual([
      { start: 0, end: 13 },
    ]);
  });

  it('ranks title hits above body hits', () => {
    const inTitle = searchFields(fields, 'released')!;
    const inBody = searchFields(fields, 'containers')!;
    expect(inTitle.score).toBeGreaterThan(inBody.score);
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 8 },
        { start: 0, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 8 },
    ]);
  });
});
