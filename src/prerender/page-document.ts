import { escapeMarkup } from '@/utils/escape-markup';

import { CARD_SIZE } from './card-svg';
import { CARD_ALT } from './page-meta';
import {
  spaPendingScript,
  startAfterPaintScript,
  stateScript,
} from './prerender-state';

import type { PageMeta } from './page-meta';
import type { RenderedRoute } from './render-route';

const SITE_NAME = 'CNCF Explorer';

export type PageDocumentInput = {
  /** The built `index.html` (Vite's script and stylesheet tags). */
  template: string;
  page: RenderedRoute;
  meta: PageMeta;
  /** The page's public URL (canonical, og:url). */
  url: string;
  /** Absolute URL of the page's card image. */
  imageUrl: string;
};

/** Replaces the one match of `pattern` in `text`, or fails naming it. */
function replaceOnce(text: string, pattern: RegExp, by: string): string {
  if (!pattern.test(text)) {
    throw new Error(`prerender: index.html has no ${String(pattern)}`);
  }
  return text.replace(pattern, () => by);
}

/** Vite's tag for the app's entry in the built `index.html`. */
const ENTRY_SCRIPT =
  /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** Vite's tag for the app's stylesheet. */
const STYLESHEET = /<link rel="stylesheet" crossorigin href="[^"]+">/;

/** The head tags of a page's link preview. `title` arrives escaped by React. */
function previewTags(input: PageDocumentInput): string {
  const { page, meta, url, imageUrl } = input;
  const description = escapeMarkup(meta.description);
  const tags = [
    `<title>${page.title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${escapeMarkup(url)}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${page.title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeMarkup(url)}" />`,
    `<meta property="og:image" content="${escapeMarkup(imageUrl)}" />`,
    `<meta property="og:image:alt" content="${escapeMarkup(CARD_ALT[meta.card])}" />`,
    `<meta property="og:image:width" content="${CARD_SIZE.width}" />`,
    `<meta property="og:image:height" content="${CARD_SIZE.height}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${page.title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<meta name="twitter:image" content="${escapeMarkup(imageUrl)}" />`,
    page.head,
    spaPendingScript(page.state.path),
  ];
  return tags.filter(Boolean).join('\n    ');
}

/**
 * The entry starts after the page's first paint (startAfterPaintScript):
 * its module script becomes a modulepreload, so the browser fetches it
 * meanwhile. The stylesheet blocks that paint and the scripts do not, so
 * it is asked for first (a server answers in order).
 */
function deferEntry(html: string): { head: string; entry: string } {
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry) throw new Error(`prerender: index.html has no ${ENTRY_SCRIPT}`);
  let head = html.replace(
    ENTRY_SCRIPT,
    () => `<link rel="modulepreload" crossorigin href="${entry}">`,
  );
  const stylesheet = STYLESHEET.exec(head)?.[0];
  if (stylesheet) {
    head = head.replace(STYLESHEET, '');
    head = head.replace(
      /\s*<link rel="modulepreload"/,
      (first) => `\n    ${stylesheet}${first}`,
    );
  }
  return { head, entry };
}

/**
 * The complete HTML of one prerendered page: the built shell with the
 * page's own title, description, canonical URL and preview tags, its
 * markup in #root and its state for hydration.
 */
export function pageDocument(input: PageDocumentInput): string {
  let html = input.template;
  html = html.replace(/\s*<meta\s+name="description"[^>]*>/, '');
  html = replaceOnce(html, /<title>[^<]*<\/title>/, previewTags(input));
  const { head, entry } = deferEntry(html);
  html = head;
  html = replaceOnce(
    html,
    /<div id="root"><\/div>/,
    [
      `<div id="root">${input.page.html}</div>`,
      stateScript(input.page.state),
      startAfterPaintScript(entry),
    ].join('\n    '),
  );
  return html;
}
