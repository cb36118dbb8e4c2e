// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { awardsFixture } from '@/testing/mocks/fixtures/event-data';

import { DEFAULT_EMBED_PARAMS, parseEmbedParams } from './embed-params';
import {
  embedPageUrl,
  iframeSnippet,
  initialHeightFor,
  loaderSnippet,
} from './embed-snippet';

const ORIGIN = 'https://explorer.example';

describe('embed snippet', () => {
  it('points at the embed with only the non-default options', () => {
    expect(embedPageUrl(ORIGIN, DEFAULT_EMBED_PARAMS)).toBe(
      'https://explorer.example/embed/leaderboard',
    );
    expect(
      embedPageUrl(ORIGIN, {
        ...DEFAULT_EMBED_PARAMS,
        theme: 'dark',
        bg: 'transparent',
      }),
    ).toBe(
      'https://explorer.example/embed/leaderboard?theme=dark&bg=transparent',
    );
  });

  it('writes an iframe with title, lazy loading, referrer policy, full width and a fixed height', () => {
    const snippet = iframeSnippet(
      ORIGIN,
      { ...DEFAULT_EMBED_PARAMS, award: 'end-user', theme: 'dark' },
      'Award winners at "KubeCon" <2024>',
      830,
    );
    expect(snippet).toContain(
      'src="https://explorer.example/embed/leaderboard?award=end-user&amp;theme=dark"',
    );
    expect(snippet).toContain(
      'title="Award winners at &quot;KubeCon&quot; &lt;2024&gt;"',
    );
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('height="830"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(
      'referrerpolicy="strict-origin-when-cross-origin"',
    );
    expect(snippet).toMatch(/^<iframe[\s\S]*><\/iframe>$/);
  });

  it('keeps a transparent frame see-through on a page that declares a dark colour scheme', () => {
    const snippet = (bg: string | null) =>
      iframeSnippet(ORIGIN, { ...DEFAULT_EMBED_PARAMS, bg }, 'Awards', 400);
    expect(snippet('transparent')).toContain(
      'style="border: 0; display: block; color-scheme: light"',
    );
    expect(snippet(null)).toContain('style="border: 0; display: block"');
    expect(snippet('#102030')).not.toContain('color-scheme');
  });

  it('estimates the initial height from the data, at least the measured content height', () => {
    const height = (patch: Partial<typeof DEFAULT_EMBED_PARAMS>) =>
      initialHeightFor(awardsFixture, { ...DEFAULT_EMBED_PARAMS, ...patch });
    // Measured in Chromium at 700 px wide on the shipped data.
    const measured = {
      all: 1268,
      'end-user': 823,
      lifetime: 363,
      community: 330,
    };
    for (const [award, px] of Object.entries(measured)) {
      expect(height({ award })).toBeGreaterThanOrEqual(px);
      expect(height({ award })).toBeLessThan(px * 1.4);
    }
    expect(height({ award: 'lifetime' })).toBeLessThan(height({}));
    // Fewer winners shown, a shorter frame.
    expect(height({ limit: 1 })).toBeLessThan(height({}));
  });

  it('writes the loader line', () => {
    expect(loaderSnippet(ORIGIN)).toBe(
      '<script src="https://explorer.example/embed/loader.js" async></script>',
    );
  });
});

describe("the README's example snippet", () => {
  it('has the style the setup page writes for its options', () => {
    const readme = readFileSync(
      path.resolve(import.meta.dirname, '../../../../README.md'),
      'utf8',
    );
    const section = readme.split('## Embed the award leaderboard')[1]!;
    const example = /<iframe[\s\S]*?<\/iframe>/.exec(section)![0];
    const search = /embed\/leaderboard\?([^"]*)"/.exec(example)![1]!;
    const params = parseEmbedParams(search.replaceAll('&amp;', '&'));
    const styleOf = (html: string) => /style="([^"]*)"/.exec(html)![1];
    expect(styleOf(example)).toBe(
      styleOf(iframeSnippet(ORIGIN, params, 'Awards', 400)),
    );
  });
});
