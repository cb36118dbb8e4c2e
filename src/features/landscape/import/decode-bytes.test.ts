// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { decodeLandscapeBytes } from './decode-bytes';

const TEXT = 'landscape:\n  - name: Überwachung ✓\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1) {
    view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  }
  return bytes;
}

describe('decodeLandscapeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeLandscapeBytes(plain)).toBe(TEXT);
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeLandscapeBytes(marked)).toBe(TEXT);
  });

  it('reads UTF-16 in either byte order when it has a byte-order mark', () => {
    expect(decodeLandscapeBytes(utf16(TEXT, true))).toBe(TEXT);
    expect(decodeLandscapeBytes(utf16(TEXT, false))).toBe(TEXT);
  });

  it('turns malformed UTF-8 into U+FFFD as Blob.text() does', async () => {
    const bytes = new Uint8Array([0x61, 0xff, 0x62]);
    expect(decodeLandscapeBytes(bytes)).toBe(await new Blob([bytes]).text());
  });
});
