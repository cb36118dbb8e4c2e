import { escapeMarkup } from '@/utils/escape-markup';

import { EMBED_LEADERBOARD_PATH, EMBED_LOADER_PATH } from './embed-paths';
import { embedParamsToSearch } from './embed-params';

import type { Awards } from '../schemas';
import type { EmbedParams } from './embed-params';

/*
 * Height (CSS px) of the iframe before the loader sizes it, or for good
 * when the host page does not add the loader, estimated from the data: the
 * frame's heading and credit, then per award its heading and description,
 * plus a card per winner shown. Fitted to rise above the heights measured
 * on the shipped data at 700 px wide (a typical article column): 1268 px
 * for all awards, 823, 363 and 330 for one. Narrower frames scroll inside.
 */
const FRAME_PX = 124; // heading, credit line, padding
const AWARD_PX = 210; // an award's heading, description and note
const WINNER_PX = 163; // a winner's card with its reason and highlights

export function initialHeightFor(awards: Awards, params: EmbedParams): number {
  const shown = awards.categories.filter(
    (c) => params.award === 'all' || c.id === params.award,
  );
  const perAward = shown.map((category) => {
    const named = category.winnersNamed ? category.winners.length : 0;
    const winners = Math.min(named, params.limit ?? named);
    return AWARD_PX + winners * WINNER_PX;
  });
  // An award the data lacks still shows its message.
  const body = perAward.length > 0 ? perAward : [AWARD_PX];
  return FRAME_PX + body.reduce((sum, px) => sum + px, 0);
}

export function embedPageUrl(origin: string, params: EmbedParams): string {
  return `${origin}${EMBED_LEADERBOARD_PATH}${embedParamsToSearch(params)}`;
}

/** The iframe a host page pastes; it works on its own, at a fixed height. */
export function iframeSnippet(
  origin: string,
  params: EmbedParams,
  title: string,
  height: number,
): string {
  const attributes = [
    ['src', embedPageUrl(origin, params)],
    ['title', title],
    ['width', '100%'],
    ['height', String(height)],
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
    .map(([name, value]) => `${name}="${escapeMarkup(value ?? '')}"`)
    .join('\n  ');
  return `<iframe\n  ${text}\n></iframe>`;
}

/** The optional line that sizes the iframe to its content. */
export function loaderSnippet(origin: string): string {
  return `<script src="${escapeMarkup(origin + EMBED_LOADER_PATH)}" async></script>`;
}
