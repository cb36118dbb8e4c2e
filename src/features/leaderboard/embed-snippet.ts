import { embedParamsToSearch } from './embed-params';

import type { EmbedAward, EmbedParams } from './embed-params';

/** Where the pre-rendered embed and its loader are served. */
export const EMBED_PAGE_PATH = '/embed/leaderboard';
const EMBED_LOADER_PATH = '/embed/loader.js';

/**
 * Height (CSS px) of the iframe before the loader sizes it, or for good
 * when the host page does not add the loader: the content height measured
 * on the shipped data at 700 px wide (a typical article column; 1268, 823,
 * 363, 330 px), rounded up. Narrower frames scroll inside, so the content
 * always stays readable.
 */
const INITIAL_HEIGHTS: Record<EmbedAward, number> = {
  all: 1280,
  'end-user': 830,
  lifetime: 370,
  community: 340,
};

export function initialHeightFor(params: EmbedParams): number {
  return INITIAL_HEIGHTS[params.award];
}

export function embedPageUrl(origin: string, params: EmbedParams): string {
  return `${origin}${EMBED_PAGE_PATH}${embedParamsToSearch(params)}`;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The iframe a host page pastes; it works on its own, at a fixed height. */
export function iframeSnippet(
  origin: string,
  params: EmbedParams,
  title: string,
): string {
  const attributes = [
    ['src', embedPageUrl(origin, params)],
    ['title', title],
    ['width', '100%'],
    ['height', String(initialHeightFor(params))],
    ['loading', 'lazy'],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    [
      'style',
      // A frame whose colour scheme differs from its document's gets an
      // opaque backdrop (CSS Color Adjust); `light` matches the embed's
      // own for every visitor (Chromium paints a white backdrop behind
      // `normal` when the system is dark), and keeps a page that declares
      // `color-scheme: dark` showing through.
      params.bg === 'transparent'
        ? 'border: 0; display: block; color-scheme: light'
        : 'border: 0; display: block',
    ],
  ];
  const text = attributes
    .map(([name, value]) => `${name}="${escapeAttribute(value ?? '')}"`)
    .join('\n  ');
  return `<iframe\n  ${text}\n></iframe>`;
}

/** The optional line that sizes the iframe to its content. */
export function loaderSnippet(origin: string): string {
  return `<script src="${escapeAttribute(origin + EMBED_LOADER_PATH)}" async></script>`;
}
