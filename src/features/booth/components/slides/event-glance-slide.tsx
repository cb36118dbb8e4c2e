import { cn } from '@/utils/cn';

import { BOOTH_FIGURE, BOOTH_MUTED } from '../../booth-type';
import { SlideFrame } from '../slide-frame';

export type EventGlanceSlideProps = {
  name: string;
  tagline: string;
  /** `Salt Lake City, Utah`, or null when not published. */
  place: string | null;
  /** `12–15 November 2024`, or null when not published. */
  dates: string | null;
  /** Key figures with the source's hedging already applied (`9,000+`). */
  figures: { id: string; label: string; value: string }[];
  themes: string[];
  qrUrl: string | null;
};

/** The event at a glance: where, when, how big, what it was about. */
export function EventGlanceSlide({
  name,
  tagline,
  place,
  dates,
  figures,
  themes,
  qrUrl,
}: EventGlanceSlideProps) {
  return (
    <SlideFrame kicker="The event at a glance" title={name} qrUrl={qrUrl}>
      <p className="max-w-[60ch]">{tagline}</p>
      <dl className="mt-[4vh] flex flex-wrap gap-x-[5vw] gap-y-[3vh]">
        {figures.map((figure) => (
          <div key={figure.id} className="flex flex-col">
            <dt className={BOOTH_MUTED}>{figure.label}</dt>
            <dd className={cn(BOOTH_FIGURE, 'order-first')}>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <dl className="mt-[4vh] flex flex-wrap gap-x-[5vw] gap-y-[2vh]">
        <div>
          <dt className={BOOTH_MUTED}>Where</dt>
          <dd className="font-bold">{place ?? 'not published'}</dd>
        </div>
        <div>
          <dt className={BOOTH_MUTED}>When</dt>
          <dd className="font-bold">{dates ?? 'not published'}</dd>
        </div>
      </dl>
      {themes.length > 0 && (
        <p className="mt-[4vh]">
          <span className={BOOTH_MUTED}>Themes: </span>
          <span className="font-semibold">{themes.join(' · ')}</span>
        </p>
      )}
    </SlideFrame>
  );
}
