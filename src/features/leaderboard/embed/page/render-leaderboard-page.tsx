import { renderToString } from 'react-dom/server';

import { paths, pageTitle } from '@/config/paths';
import { escapeMarkup } from '@/utils/escape-markup';
import { EmbedLeaderboard } from '@/features/leaderboard/embed/components/embed-leaderboard';
import { DEFAULT_EMBED_PARAMS } from '@/features/leaderboard/embed/embed-params';

import { THEME_CLASSES } from './apply-embed-params';

import type { Awards } from '@/features/leaderboard/schemas';

export type LeaderboardPageInput = {
  awards: Awards;
  eventName: string;
  /** The embed stylesheet, inlined (it is small and saves a request). */
  css: string;
  /** Root-relative URL of the embed's module script. */
  scriptSrc: string;
};

/**
 * The complete HTML of /embed/leaderboard, built at build time from the same
 * React components and data as /awards. It shows the default options; the
 * module script applies the URL's options and is not needed to read it.
 */
export function renderLeaderboardPage(input: LeaderboardPageInput): string {
  const body = renderToString(
    <EmbedLeaderboard
      awards={input.awards}
      eventName={input.eventName}
      params={DEFAULT_EMBED_PARAMS}
      fullResultsUrl={paths.awards}
    />,
  );
  const title = escapeMarkup(pageTitle(`Awards at ${input.eventName}`));
  // `</style` cannot occur in CSS that Tailwind generated from our sources;
  // the guard keeps a future change from breaking out of the element.
  const css = input.css.replace(/<\/style/gi, '<\\/style');
  return `<!doctype html>
<html lang="en" class="${THEME_CLASSES.auto}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${css}</style>
<script type="module" src="${escapeMarkup(input.scriptSrc)}"></script>
</head>
<body>${body}</body>
</html>
`;
}
