/*
 * /embed/loader.js: the optional script a host page adds next to the iframe
 * snippet. It must stay tiny (≤ 2 KB gzipped) and dependency-free.
 */
import { installEmbedLoader, originOf } from './loader';

const script = document.currentScript;
const origin =
  script instanceof HTMLScriptElement ? originOf(script.src) : null;
if (origin) installEmbedLoader(window, origin);
