// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  boothSearch,
  DEFAULT_BOOTH_CONFIG,
  MAX_SLIDE_NOTES,
  parseBoothParams,
  SLIDE_IDS,
} from './booth-params';

const parse = (query: string) => parseBoothParams(new URLSearchParams(query));

describe('parseBoothParams', () => {
  it('gives the defaults, without notes, for an empty query', () => {
    expect(parse('')).toEqual({ config: DEFAULT_BOOTH_CONFIG, notes: [] });
  });

  it('reads the documented example', () => {
    const { config, notes } = parse(
      'slides=awards,landscape,announcements&interval=12&theme=dark&qr=on',
    );
    expect(notes).toEqual([]);
    expect(config).toEqual({
      slides: ['awards', 'landscape', 'announcements'],
      intervalSeconds: 12,
      theme: 'dark',
      qr: true,
    });
  });

  it('keeps the order of the slides as given', () => {
    expect(parse('slides=then-now,event').config.slides).toEqual([
      'then-now',
      'event',
    ]);
  });

  it('skips unknown and repeated slides with a note for each', () => {
    const { config, notes } = parse('slides=awards,podcast,awards');
    expect(config.slides).toEqual(['awards']);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/“podcast” is not a slide/);
    expect(notes[1]).toMatch(/listed twice/);
  });

  it('falls back to all slides when none is valid', () => {
    const { config, notes } = parse('slides=,nope');
    expect(config.slides).toEqual([...SLIDE_IDS]);
    expect(notes.at(-1)).toMatch(/showing all slides/);
  });

  it.each(['abc', '4', '121', '7.5', '', '-10'])(
    'rejects interval=%s with a note and uses the default',
    (value) => {
      const { config, notes } = parse(`interval=${value}`);
      expect(config.intervalSeconds).toBe(DEFAULT_BOOTH_CONFIG.intervalSeconds);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/^interval: /);
    },
  );

  it('accepts the interval bounds', () => {
    expect(parse('interval=5').config.intervalSeconds).toBe(5);
    expect(parse('interval=120').config.intervalSeconds).toBe(120);
  });

  it('rejects an unknown theme and qr value', () => {
    const { config, notes } = parse('theme=neon&qr=yes');
    expect(config.theme).toBe('dark');
    expect(config.qr).toBe(true);
    expect(notes).toEqual([
      expect.stringMatching(/^theme: “neon”/),
      expect.stringMatching(/^qr: “yes”/),
    ]);
  });

  it('reads qr=off and theme=light', () => {
    const { config } = parse('qr=off&theme=light');
    expect(config.qr).toBe(false);
    expect(config.theme).toBe('light');
  });

  it('ignores unknown parameters', () => {
    expect(parse('ref=booth&utm=x').notes).toEqual([]);
  });
});

describe('boothSearch', () => {
  it('round-trips through parseBoothParams', () => {
    const config = {
      slides: ['landscape' as const, 'awards' as const],
      intervalSeconds: 30,
      theme: 'system' as const,
      qr: false,
    };
    const query = boothSearch(config);
    expect(query).toBe(
      '?slides=landscape,awards&interval=30&theme=system&qr=off',
    );
    expect(parse(query.slice(1))).toEqual({ config, notes: [] });
  });

  it('gives one note per distinct problem, however often it repeats', () => {
    const queries = [
      Array.from({ length: 100_000 }, () => 'slides=podcast').join('&'),
      `slides=${Array(100_000).fill('awards').join(',')}`,
      `slides=${Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(',')}`,
    ].map((query) => new URLSearchParams(query));
    const started = performance.now();
    const [many, list, bogus] = queries.map(parseBoothParams);
    // Loose: a shared CI machine; the old code gave 100,000 notes.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(many.notes).toEqual([
      'slides: given 100,000 times; only the first is used.',
      expect.stringMatching(/^slides: “podcast” is not a slide .*; skipped\.$/),
      'slides: no valid slide given; showing all slides.',
    ]);
    expect(list.config.slides).toEqual(['awards']);
    expect(list.notes).toEqual([
      'slides: “awards” is listed 100,000 times; shown once.',
    ]);
    expect(bogus.notes).toHaveLength(MAX_SLIDE_NOTES + 2);
    expect(bogus.notes[MAX_SLIDE_NOTES]).toBe(
      'slides: 99,995 more values are not slides; skipped.',
    );
  });

  it('cuts a long value in a note', () => {
    const { notes } = parse(`theme=${'a'.repeat(100_000)}`);
    expect(notes[0]!.length).toBeLessThan(120);
  });
});
