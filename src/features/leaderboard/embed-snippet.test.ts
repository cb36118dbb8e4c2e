// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { DEFAULT_EMBED_PARAMS } from './embed-params';
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
    );
    expect(snippet).toContain(
      'src="https://explorer.example/embed/leaderboard?award=end-user&amp;theme=dark"',
    );
    expect(snippet).toContain(
      'title="Award winners at &quot;KubeCon&quot; &lt;2024&gt;"',
    );
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain(
      `height="${initialHeightFor({ ...DEFAULT_EMBED_PARAMS, award: 'end-user' })}"`,
    );
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(
      'referrerpolicy="strict-origin-when-cross-origin"',
    );
    expect(snippet).toMatch(/^<iframe[\s\S]*><\/iframe>$/);
  });

  it('keeps a transparent frame see-through on a page that declares a dark colour scheme', () => {
    const snippet = (bg: string | null) =>
      iframeSnippet(ORIGIN, { ...DEFAULT_EMBED_PARAMS, bg }, 'Awards');
    expect(snippet('transparent')).toContain(
      'style="border: 0; display: block; color-scheme: light"',
    );
    expect(snippet(null)).toContain('style="border: 0; display: block"');
    expect(snippet('#102030')).not.toContain('color-scheme');
  });

  it('gives a smaller initial height to a single small award', () => {
    expect(
      initialHeightFor({ ...DEFAULT_EMBED_PARAMS, award: 'lifetime' }),
    ).toBeLessThan(initialHeightFor(DEFAULT_EMBED_PARAMS));
  });

  it('writes the loader line', () => {
    expect(loaderSnippet(ORIGIN)).toBe(
      '<script src="https://explorer.example/embed/loader.js" async></script>',
    );
  });
});
