import type { SlideId } from './booth-params';
import type { TourStop } from './model/landscape-views';
import type { Landscape } from '@/features/landscape/schemas';
import type { DatedEvent } from '@/lib/event-catalog';

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

/**
 * The charts other features draw for the booth, passed in by the route
 * (a feature reads another's `api` and `schemas` only, never its
 * components): the landscape at a tour stop and on two days, and the
 * timeline of CNCF projects.
 */
export type BoothViews = {
  /** The landscape zoomed into `stop.subcategory`. */
  tour: (args: {
    landscape: Landscape;
    stop: TourStop;
    step: number;
  }) => React.ReactNode;
  /** The landscape going from `from` (the event) to `to` (the data's date). */
  thenNow: (args: {
    landscape: Landscape;
    from: string;
    to: string;
  }) => React.ReactNode;
  timelineTitle: string;
  /** `until` null: draw up to the data's date. */
  timeline: (args: {
    landscape: Landscape;
    events: DatedEvent[];
    until: string | null;
  }) => React.ReactNode;
};
