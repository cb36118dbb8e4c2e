/**
 * Logos for an export: each logo a tile shows is fetched and embedded as a
 * data URL, so the exported SVG stands alone and the PNG (an SVG drawn as
 * an image, which may load nothing from outside) shows them too. The
 * default host (raw.githubusercontent.com) and a self-hosted folder both
 * allow this; a logo that cannot be fetched is left out and its tile keeps
 * its name.
 */

/** Logo files the export embeds, by type. */
const LOGO_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
};
/** Logo requests in flight at once. */
const CONCURRENCY = 6;
/** A logo that takes longer is left out, ms. */
const TIMEOUT_MS = 8000;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * The MIME type to embed a logo as: from its file name (the data names
 * `.svg` and `.png` files), checked against what the host says, so an
 * error page served with status 200 is never embedded as a logo.
 */
export function logoType(url: string, contentType: string | null) {
  const ext = /\.(svg|png)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  const type = ext ? LOGO_TYPES[ext] : undefined;
  if (!type) return null;
  const given = contentType?.split(';')[0]?.trim().toLowerCase();
  // Some hosts label every file as bytes; a page is never a logo.
  if (given && given !== type && given !== 'application/octet-stream')
    return null;
  return type;
}

async function fetchDataUrl(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const type = logoType(url, response.headers.get('content-type'));
    if (!type) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return `data:${type};base64,${bytesToBase64(bytes)}`;
  } catch {
    return null;
  }
}

/**
 * The data URL of each logo (`id → URL` in, `id → data URL` out), for the
 * logos that could be fetched. Each URL is fetched once, a few at a time.
 */
export async function logoDataUrls(
  logos: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const urls = [...new Set(logos.values())];
  const byUrl = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    for (let url = urls[next++]; url !== undefined; url = urls[next++]) {
      const data = await fetchDataUrl(url);
      if (data) byUrl.set(url, data);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const out = new Map<string, string>();
  for (const [id, url] of logos) {
    const data = byUrl.get(url);
    if (data) out.set(id, data);
  }
  return out;
}
