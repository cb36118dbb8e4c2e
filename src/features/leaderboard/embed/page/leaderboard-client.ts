/*
 * The embed's only script (a few KB, no React): applies the URL options to
 * the pre-rendered HTML and reports the content height to the host page.
 * Without it the page still shows the leaderboard with the defaults.
 */
import { startHeightReporting } from '@/features/leaderboard/embed/embed-height';
import {
  embedParamProblems,
  parseEmbedParams,
} from '@/features/leaderboard/embed/embed-params';

import { applyEmbedParams } from './apply-embed-params';

import './embed.css';

applyEmbedParams(document, parseEmbedParams(location.search));
// For whoever wrote the iframe's URL: which options were not applied.
for (const note of embedParamProblems(location.search)) console.warn(note);
startHeightReporting(window);
