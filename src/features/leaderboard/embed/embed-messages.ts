/**
 * The postMessage protocol between an embedded page (in an iframe) and the
 * page that hosts it. Every message carries `source` and `version`, so a
 * receiver can tell ours from anything else posted to the window (browser
 * extensions, other widgets) and ignore the rest.
 *
 * No dependencies: the host-page loader bundles this file and must stay tiny.
 */

/** Marks a message as ours. */
export const EMBED_MESSAGE_SOURCE = 'cncf-explorer-embed';
/** Bumped only on an incompatible change. */
const EMBED_PROTOCOL_VERSION = 1;
/** Heights above this (px) are refused: no legitimate leaderboard is that tall. */
export const MAX_EMBED_HEIGHT = 20_000;

type Envelope = {
  source: typeof EMBED_MESSAGE_SOURCE;
  version: typeof EMBED_PROTOCOL_VERSION;
};

/** Embed → host: the content is `height` CSS pixels tall. */
export type EmbedHeightMessage = Envelope & { type: 'height'; height: number };

/** Host → embed: please post your height again (the host loaded late). */
export type EmbedRequestHeightMessage = Envelope & { type: 'request-height' };

const ENVELOPE: Envelope = {
  source: EMBED_MESSAGE_SOURCE,
  version: EMBED_PROTOCOL_VERSION,
};

export function heightMessage(height: number): EmbedHeightMessage {
  return { ...ENVELOPE, type: 'height', height: Math.ceil(height) };
}

export function requestHeightMessage(): EmbedRequestHeightMessage {
  return { ...ENVELOPE, type: 'request-height' };
}

type Unchecked = Partial<
  Record<'source' | 'version' | 'type' | 'height', unknown>
>;

function asEnvelope(data: unknown): Unchecked | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Unchecked;
  return message.source === EMBED_MESSAGE_SOURCE &&
    message.version === EMBED_PROTOCOL_VERSION
    ? message
    : null;
}

/** A well-formed height message with a plausible height (whole px, 1 to MAX_EMBED_HEIGHT). */
export function isEmbedHeightMessage(
  data: unknown,
): data is EmbedHeightMessage {
  const message = asEnvelope(data);
  if (message?.type !== 'height') return false;
  const { height } = message;
  return (
    typeof height === 'number' &&
    Number.isInteger(height) &&
    height > 0 &&
    height <= MAX_EMBED_HEIGHT
  );
}

export function isEmbedRequestHeightMessage(
  data: unknown,
): data is EmbedRequestHeightMessage {
  return asEnvelope(data)?.type === 'request-height';
}
