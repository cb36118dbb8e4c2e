/**
 * Notes listed on the attract screen (more would run under the controls of
 * a 1080p screen); beyond it the last line counts the rest.
 */
const MAX_SHOWN_NOTES = 6;

/** The notes as listed: all of them, or the first few and a count. */
export function shownNotes(notes: readonly string[]): string[] {
  if (notes.length <= MAX_SHOWN_NOTES) return [...notes];
  const listed = notes.slice(0, MAX_SHOWN_NOTES - 1);
  const more = notes.length - listed.length;
  return [
    ...listed,
    `…and ${more} more; /booth/setup builds an address without them.`,
  ];
}
