// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  EMBED_MESSAGE_SOURCE,
  heightMessage,
  isEmbedHeightMessage,
  isEmbedRequestHeightMessage,
  MAX_EMBED_HEIGHT,
  requestHeightMessage,
} from './embed-messages';

describe('embed messages', () => {
  it('builds height messages with whole pixels', () => {
    expect(heightMessage(412.2)).toEqual({
      source: EMBED_MESSAGE_SOURCE,
      version: 1,
      type: 'height',
      height: 413,
    });
    expect(isEmbedHeightMessage(heightMessage(412.2))).toBe(true);
  });

  it('recognises a request for the height', () => {
    expect(isEmbedRequestHeightMessage(requestHeightMessage())).toBe(true);
    expect(isEmbedHeightMessage(requestHeightMessage())).toBe(false);
  });

  it.each([
    null,
    undefined,
    'height:400',
    400,
    [],
    { type: 'height', height: 400 },
    { source: 'other-widget', version: 1, type: 'height', height: 400 },
    { source: EMBED_MESSAGE_SOURCE, version: 2, type: 'height', height: 400 },
    { source: EMBED_MESSAGE_SOURCE, version: 1, type: 'size', height: 400 },
    { source: EMBED_MESSAGE_SOURCE, version: 1, type: 'height', height: '400' },
    { source: EMBED_MESSAGE_SOURCE, version: 1, type: 'height', height: 0 },
    { source: EMBED_MESSAGE_SOURCE, version: 1, type: 'height', height: -5 },
    { source: EMBED_MESSAGE_SOURCE, version: 1, type: 'height', height: 1.5 },
    { source: EMBED_MESSAGE_SOURCE, version: 1, type: 'height', height: NaN },
    {
      source: EMBED_MESSAGE_SOURCE,
      version: 1,
      type: 'height',
      height: MAX_EMBED_HEIGHT + 1,
    },
  ])('ignores %j', (data) => {
    expect(isEmbedHeightMessage(data)).toBe(false);
    expect(isEmbedRequestHeightMessage(data)).toBe(false);
  });
});
