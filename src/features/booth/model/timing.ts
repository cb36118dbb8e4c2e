/** No input for this long: back to the attract screen, loop playing. */
export const IDLE_TIMEOUT_MS = 60_000;
/** The pointer disappears after this long without moving. */
export const CURSOR_HIDE_MS = 3_000;
/** A horizontal drag longer than this (px) is a swipe, not a tap. */
export const SWIPE_MIN_PX = 60;
