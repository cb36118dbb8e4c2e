/**
 * Logos for the canvas renderer: each URL is fetched and decoded once,
 * rasterised to a small bitmap (drawing a bitmap is a copy; drawing an SVG
 * image re-rasterises it at every zoom frame), and kept for the session.
 * Nothing waits for a logo: `logoImage` answers at once with the bitmap or
 * `null`, and listeners hear when more bitmaps are ready so the chart can
 * redraw. The service worker caches the files themselves.
 */

/** A logo's longest side in its bitmap, device px (MAX_LOGO_PX at 2×, and some). */
const LOGO_RASTER_PX = 128;

type Entry =
  | { state: 'loading' }
  | { state: 'ready'; bitmap: ImageBitmap }
  | { state: 'failed' };

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();

/** Whether this environment can load and rasterise images (not jsdom). */
function canLoad(): boolean {
  return typeof Image !== 'undefined' && typeof OffscreenCanvas !== 'undefined';
}

/** The bitmap size that keeps the logo's aspect ratio within LOGO_RASTER_PX. */
export function rasterSize(
  naturalWidth: number,
  naturalHeight: number,
): { width: number; height: number } {
  // An SVG without width, height or viewBox reports 0: draw it square.
  const ratio =
    naturalWidth > 0 && naturalHeight > 0 ? naturalWidth / naturalHeight : 1;
  return ratio >= 1
    ? {
        width: LOGO_RASTER_PX,
        height: Math.max(1, Math.round(LOGO_RASTER_PX / ratio)),
      }
    : {
        width: Math.max(1, Math.round(LOGO_RASTER_PX * ratio)),
        height: LOGO_RASTER_PX,
      };
}

async function load(url: string): Promise<ImageBitmap> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  const size = rasterSize(image.naturalWidth, image.naturalHeight);
  // Drawn, not createImageBitmap(image): that yields a blank bitmap for an
  // SVG with only a viewBox (most logos) in Chromium.
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas for logos.');
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, size.width, size.height);
  return canvas.transferToImageBitmap();
}

function settle(url: string, entry: Entry) {
  entries.set(url, entry);
  for (const listener of listeners) listener();
}

/**
 * The logo at `url` as a bitmap if it is ready; otherwise `null`, and the
 * first call starts loading it. A logo that fails to load stays `null`
 * (see logoFailed): the tile keeps its name.
 */
export function logoImage(url: string): ImageBitmap | null {
  const entry = entries.get(url);
  if (entry) return entry.state === 'ready' ? entry.bitmap : null;
  if (!canLoad()) return null;
  entries.set(url, { state: 'loading' });
  load(url).then(
    (bitmap) => settle(url, { state: 'ready', bitmap }),
    () => settle(url, { state: 'failed' }),
  );
  return null;
}

/** Whether the logo at `url` failed to load (missing, broken, blocked). */
export function logoFailed(url: string): boolean {
  return entries.get(url)?.state === 'failed';
}

/** Calls `listener` whenever a logo is ready or fails; returns the unsubscribe. */
export function onLogoSettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
