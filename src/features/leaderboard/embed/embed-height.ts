import { heightMessage, isEmbedRequestHeightMessage } from './embed-messages';

/**
 * The content height of a document in CSS px. The root element's box is as
 * tall as its content (nothing in an embed is sized from the viewport), so
 * this does not grow with the frame.
 */
function measureContentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Inside a frame: posts the content height to the parent now, whenever it
 * changes, and when the parent asks (a loader that arrived late). Messages
 * that are not a request from the parent are ignored. Returns a cleanup.
 */
export function startHeightReporting(win: Window): () => void {
  if (win.parent === win) return () => {};
  let last = 0;
  const post = (force: boolean) => {
    const height = measureContentHeight(win.document);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    // The height is not secret and the host's origin is unknown: '*'.
    win.parent.postMessage(heightMessage(height), '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    if (!isEmbedRequestHeightMessage(event.data)) return;
    post(true);
  };
  const observer = new ResizeObserver(() => post(false));
  observer.observe(win.document.documentElement);
  win.addEventListener('message', onMessage);
  post(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
