import { EMBED_BASE_PATH } from '../features/leaderboard/embed/embed-paths.ts';

import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Shipped landscape files read on demand (categories, the whole), relative to the site root. */
const CATEGORY_FILES = /^data\/v1\/landscape\/(?:categories\/[^/]+|all)\.json$/;
/** The category the booth and `/landscape` show first (precached). */
const PRECACHED_CATEGORY =
  'data/v1/landscape/categories/observability-and-analysis.json';

/**
 * Precache every data file but the other landscape categories and the
 * whole landscape (1.7 MB more): the booth and `/landscape` need the index
 * and Observability and Analysis offline; the rest is cached once read.
 */
function precacheLandscapeEntries<T extends { url: string }>(entries: T[]) {
  return {
    manifest: entries.filter(
      (e) => !CATEGORY_FILES.test(e.url) || e.url === PRECACHED_CATEGORY,
    ),
    warnings: [] as string[],
  };
}

/**
 * Navigations that must reach the server rather than the cached app shell:
 * embeds (the host must send their frame-ancestors header), and files that
 * are not pages (feeds, calendars, data).
 */
const NAVIGATE_FALLBACK_DENYLIST: RegExp[] = [
  new RegExp(`^${EMBED_BASE_PATH}`),
  /^\/data\//,
  /^\/feed(?:[./]|$)/,
  /\.(?:ics|xml|rss|atom|json|txt|webmanifest)$/i,
];

/**
 * The service worker: precaches the app shell, every route chunk and the
 * JSON under /data (of the landscape: the index and the first category), so
 * every page works offline after one visit; other landscape categories are
 * kept once read. Updates
 * wait (`prompt`) until the app applies them: booth mode does so on its
 * attract screen. Never built in mock mode, where MSW owns the worker slot,
 * and never registered by the dev server.
 */
export function pwaOptions(mode: string): Partial<VitePWAOptions> {
  return {
    disable: mode === 'mock',
    registerType: 'prompt',
    // Registered by src/lib/service-worker.ts, in production builds only.
    injectRegister: false,
    devOptions: { enabled: false },
    // favicon.svg is globbed already; listing it twice would duplicate it.
    includeManifestIcons: false,
    manifest: {
      name: 'CNCF Explorer',
      short_name: 'CNCF Explorer',
      description:
        'KubeCon + CloudNativeCon North America 2024: announcements, awards and the CNCF landscape.',
      start_url: '/',
      display: 'standalone',
      background_color: '#020617',
      theme_color: '#0b5cad',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    workbox: {
      // The plugin adds manifest.webmanifest itself; globbing it too would
      // list it twice.
      globPatterns: ['**/*.{js,css,html,svg,json}'],
      // MSW's worker is stripped from production builds; never cache it
      // should a build ever contain it.
      // Prerendered pages other than index.html are not precached: offline,
      // a navigation gets index.html and the app renders the URL itself
      // (src/app/start-app.tsx), from the precached data.
      globIgnores: ['**/mockServiceWorker.js', '*/**/index.html', '404.html'],
      manifestTransforms: [precacheLandscapeEntries],
      runtimeCaching: [
        {
          // A RegExp: workbox writes the pattern into the worker's source.
          urlPattern: /\/data\/v1\/landscape\/(?:categories\/[^/]+|all)\.json$/,
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'landscape-categories' },
        },
        {
          // Logos (default host or VITE_LOGO_BASE_URL): fetched only for
          // tiles in view, then kept, so the booth shows them offline.
          urlPattern:
            /\/hosted_logos\/[^/]+\.(svg|png)$|\/logos\/[^/]+\.(svg|png)$/,
          handler: 'CacheFirst',
          options: {
            cacheName: 'landscape-logos',
            expiration: { maxEntries: 3000 },
            // Cross-origin logos arrive opaque; keep those too.
            cacheableResponse: { statuses: [0, 200] },
          },
        },
      ],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
      // Hashed assets need no cache-busting revision.
      dontCacheBustURLsMatching: /^assets\//,
      cleanupOutdatedCaches: true,
      // The first install takes over the open page at once (so it works
      // offline without a reload); later ones wait for the app's signal.
      clientsClaim: true,
      skipWaiting: false,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    },
  };
}
