/**
 * Bidirectional formatting controls: embeddings and overrides
 * (U+202A–U+202E), isolates (U+2066–U+2069) and the marks U+200E, U+200F
 * and U+061C. In a name they can make "exe.txt" read as "txt.exe" or
 * reorder the text around it; a name needs none of them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidirectional formatting controls. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
