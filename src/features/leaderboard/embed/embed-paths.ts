// The embed's addresses, written once for the router, the frame policy, the
// service worker, the pre-render plugin and the host loader (no imports).

/** Everything under this prefix is the embed's, and nothing else is. */
export const EMBED_BASE_PATH = '/embed/';

/** The leaderboard page other sites frame. */
export const EMBED_LEADERBOARD_PATH = `${EMBED_BASE_PATH}leaderboard`;

/** The optional script a host page adds to size the frame. */
export const EMBED_LOADER_PATH = `${EMBED_BASE_PATH}loader.js`;

/**
 * The pages other sites may frame. Only these: an unknown `/embed/…` path
 * must never answer with the app under `frame-ancestors *` (clickjacking).
 */
export const EMBED_PAGES = [EMBED_LEADERBOARD_PATH] as const;
