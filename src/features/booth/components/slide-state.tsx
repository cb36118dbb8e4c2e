import { isDataError } from '@/lib/data-error';
import { cn } from '@/utils/cn';

import { BOOTH_BODY, BOOTH_MUTED } from '../booth-type';
import { SlideFrame } from './slide-frame';

import type { SlideQueryState } from '../types';

export type SlideStateProps<T> = {
  kicker: string;
  /** Heading while the data is not there. */
  title: string;
  qrUrl: string | null;
  /** Every query the slide depends on, in order. */
  queries: SlideQueryState[];
  /** Defined once all of them succeeded. */
  data: T | undefined;
  /**
   * The slide for the data. `frame` puts content in this slide's frame
   * (its kicker, title and QR code), e.g. a message that there is nothing
   * to show.
   */
  children: (
    data: T,
    frame: (content: React.ReactNode) => React.ReactNode,
  ) => React.ReactNode;
};

function describe(error: unknown): string {
  if (isDataError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A slide's loading and error states in booth-sized type. The loop keeps
 * going past a failed slide; the data is fetched again when it comes back.
 */
export function SlideState<T>({
  kicker,
  title,
  qrUrl,
  queries,
  data,
  children,
}: SlideStateProps<T>) {
  const frame = (content: React.ReactNode) => (
    <SlideFrame kicker={kicker} title={title} qrUrl={qrUrl}>
      {content}
    </SlideFrame>
  );
  const failed = queries.find((q) => q.isError);
  if (data !== undefined) return children(data, frame);
  if (failed) {
    return frame(
      <div role="alert" className="space-y-[2vh]">
        <p className="font-semibold">This slide’s data could not be loaded.</p>
        <p className={cn(BOOTH_MUTED, 'font-mono break-words')}>
          {describe(failed.error)}
        </p>
        <p className={BOOTH_MUTED}>
          The loop carries on and tries again next time round.
        </p>
      </div>,
    );
  }
  return frame(
    <p role="status" className={cn(BOOTH_BODY, BOOTH_MUTED)}>
      Loading…
    </p>,
  );
}
