/**
 * Decodes a landscape file's bytes the same way in the CLI and the browser
 * worker: a byte-order mark picks UTF-8, UTF-16LE or UTF-16BE (and is
 * dropped); without one the file is UTF-8. Malformed sequences become
 * U+FFFD, as a browser's `Blob.text()` does, so both read the same text.
 */
export function decodeLandscapeBytes(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decode('utf-16be', bytes.subarray(2));
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return decode('utf-8', bytes.subarray(3));
  }
  return decode('utf-8', bytes);
}

function decode(encoding: string, bytes: Uint8Array): string {
  // ignoreBOM: the mark was already handled above; a second one is text.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
