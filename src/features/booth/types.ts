import type { SlideId } from './booth-params';

/**
 * One slide of the deck, built by the route module (which owns the data)
 * and played by the booth. A slide has one or more steps, each shown for
 * one interval.
 */
export type BoothSlide = {
  id: SlideId;
  /** Spoken and shown in the progress indicator. */
  title: string;
  /** At least 1; may change once the slide's data arrives. */
  steps: number;
  /** The site page showing the same thing, for the QR code (no query). */
  sitePath: (step: number) => string;
  /** `qrUrl` is the absolute URL for the QR code, or null when QR is off. */
  render: (step: number, qrUrl: string | null) => React.ReactNode;
};

/** The part of a TanStack query result a slide needs to show its state. */
export type SlideQueryState = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
};
