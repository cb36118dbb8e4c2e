/**
 * Booth type scale. At 1920×1080 the body is 36 px and headings 72 px, so
 * a slide reads from three metres; it shrinks with the viewport's smaller
 * side (vw or vh) and stops at a floor on phones.
 */
export const BOOTH_BODY =
  'text-[length:clamp(1.125rem,min(1.875vw,3.334vh),3rem)] leading-snug';
export const BOOTH_HEADING =
  'text-[length:clamp(2rem,min(3.75vw,6.667vh),7.5rem)] leading-tight font-bold tracking-tight';
/** Names that matter most on a slide (winners): between body and heading. */
export const BOOTH_LEAD =
  'text-[length:clamp(1.5rem,min(2.8vw,4.98vh),5.5rem)] leading-tight font-bold';
/** Key figures: larger than headings. */
export const BOOTH_FIGURE =
  'text-[length:clamp(2.5rem,min(5vw,8.889vh),10rem)] leading-none font-extrabold tabular-nums';
/** Controls, for a visitor standing at the screen. */
export const BOOTH_UI = 'text-[length:clamp(1rem,min(1.25vw,2.223vh),2rem)]';
/** Muted text that still passes AA on both booth backgrounds. */
export const BOOTH_MUTED = 'text-slate-700 dark:text-slate-300';
export const BOOTH_ACCENT = 'text-accent-700 dark:text-accent-300';
