import type { RenderContext } from '@/hooks/use-render-context';
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

/** id of the JSON script a prerendered page carries its state in. */
export const PRERENDER_STATE_ID = 'prerender-state';

/**
 * What a prerendered page hands to the client so it hydrates exactly the
 * markup it was served: the URL rendered, the build day, React Router's
 * loader data and TanStack Query's cache (the page's data).
 */
export type PrerenderState = {
  /** The pathname rendered, without a trailing slash (`/` for home). */
  path: string;
  /** The build day ("today" in the markup) and the site's origin. */
  context: RenderContext;
  router: HydrationState;
  queries: DehydratedState;
};

/**
 * Set on <html> before first paint when the page's markup is not this URL's
 * (see spaPendingScript); the app removes it once it has rendered the URL.
 */
export const SPA_PENDING_ATTRIBUTE = 'data-spa-pending';

/**
 * An inline head script: on a URL other than the one rendered (a static
 * host's SPA fallback, a `?view` URL), hide the other page's markup until
 * the app renders this one. Without JavaScript the markup stays readable.
 */
export function spaPendingScript(path: string): string {
  const rendered = JSON.stringify(path).replace(/</g, '\\u003c');
  return `<script>(function(){var p=location.pathname.replace(/\\/+$/,'')||'/';if(p!==${rendered}||location.search)document.documentElement.setAttribute('${SPA_PENDING_ATTRIBUTE}','')})()</script>`;
}

/** `/announcements/` → `/announcements`; `/` stays. */
export function normalizePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
}

/** The state as a JSON script that cannot end its element early. */
export function stateScript(state: PrerenderState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PRERENDER_STATE_ID}">${json}</script>`;
}

/**
 * Starts the app on a prerendered page, in place of Vite's module script:
 * the entry (fetched meanwhile through modulepreload) is added once the
 * browser has painted the page's HTML, after the next animation frame, on a
 * message task (fake clocks in tests do not hold it back). That HTML is then
 * the largest contentful paint, and the app's long first task (React, the
 * router, hydration) comes after it instead of before it. A hidden tab
 * paints nothing and gets no frames: it starts at once, or when hidden.
 */
export function startAfterPaintScript(src: string): string {
  const url = JSON.stringify(src).replace(/</g, '\\u003c');
  return `<script>(function(){var d=document,n=0;function s(){if(n++)return;var e=d.createElement('script');e.type='module';e.crossOrigin='';e.src=${url};d.head.appendChild(e)}if(d.visibilityState==='hidden')return s();d.addEventListener('visibilitychange',s,{once:true});requestAnimationFrame(function(){var c=new MessageChannel();c.port1.onmessage=s;c.port2.postMessage(0)})})()</script>`;
}
