/**
 * Notes listed on the attract screen (more would run under the controls of
 * a 1080p screen); beyond it the last line counts the rest.
 */
const MAX_SHOWN_NOTES = 6;

/**
 * The notes as listed: all of them, or the first few and a count. Notes on
 * single settings (interval, theme, qr) are kept before the slide list's,
 * which can run to a dozen: one wrong theme is not hidden behind them.
 */
export function shownNotes(notes: readonly string[]): string[] {
  if (notes.length <= MAX_SHOWN_NOTES) return [...notes];
  const room = MAX_SHOWN_NOTES - 1;
  const isSlides = (note: string) => note.startsWith('slides:');
  const others = notes.filter((n) => !isSlides(n)).slice(0, room);
  let slideRoom = room - others.length;
  const kept = new Set(others);
  for (const note of notes) {
    if (slideRoom === 0) break;
    if (isSlides(note)) {
      kept.add(note);
      slideRoom -= 1;
    }
  }
  const listed = notes.filter((n) => kept.has(n));
  const more = notes.length - listed.length;
  return [
    ...listed,
    `…and ${more} more; /booth/setup builds an address without them.`,
  ];
}
