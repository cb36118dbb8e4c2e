import { isEmbedHeightMessage, requestHeightMessage } from '../embed-messages';
import { EMBED_BASE_PATH as EMBED_PATH } from '../embed-paths';

// Frames whose src is on the embed origin under EMBED_PATH are sized.

/** The origin the loader script was served from (that of the embeds). */
export function originOf(scriptSrc: string): string | null {
  try {
    const { origin } = new URL(scriptSrc);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Whether a frame shows one of our embeds. */
export function isEmbedFrame(frame: HTMLIFrameElement, origin: string) {
  try {
    const url = new URL(frame.src);
    return url.origin === origin && url.pathname.startsWith(EMBED_PATH);
  } catch {
    return false;
  }
}

/**
 * Whether the frame shows its document yet. Posting to a frame still on
 * about:blank would log an origin-mismatch error on the host page. A frame
 * we may not read is cross-origin, so its document has arrived.
 */
function hasLoaded(frame: HTMLIFrameElement): boolean {
  try {
    const href = frame.contentWindow?.location.href;
    return href !== undefined && href !== 'about:blank';
  } catch {
    return true;
  }
}

/**
 * Sizes every embed frame on the page to its content. Height messages are
 * accepted only from the embed origin and only for the frame that sent
 * them; anything else posted to the window is ignored. Returns a cleanup.
 */
export function installEmbedLoader(win: Window, origin: string): () => void {
  const doc = win.document;
  const frames = () =>
    [...doc.querySelectorAll('iframe')].filter((frame) =>
      isEmbedFrame(frame, origin),
    );
  const ask = (frame: HTMLIFrameElement) => {
    if (hasLoaded(frame)) {
      frame.contentWindow?.postMessage(requestHeightMessage(), origin);
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== origin || !isEmbedHeightMessage(event.data)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (frame) frame.style.height = `${event.data.height}px`;
  };
  win.addEventListener('message', onMessage);
  // Frames that loaded before this script posted their height already:
  // ask them again. Frames that load later post it on their own.
  for (const frame of frames()) {
    ask(frame);
    frame.addEventListener('load', () => ask(frame), { once: true });
  }
  return () => win.removeEventListener('message', onMessage);
}
