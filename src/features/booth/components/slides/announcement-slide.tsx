import { cn } from '@/utils/cn';

import { BOOTH_ACCENT, BOOTH_MUTED } from '../../booth-type';
import { SlideFrame } from '../slide-frame';

export type AnnouncementSlideProps = {
  /** 1-based position among the highlighted announcements. */
  position: number;
  total: number;
  kindLabel: string;
  title: string;
  summary: string;
  /** Organisations and projects involved. */
  names: string[];
  /** Figures with unit and hedging, such as `20,000–30,000 developers`. */
  figures: { label: string; value: string }[];
  /** `15 November 2024`, or null when the source gives no day. */
  date: string | null;
  qrUrl: string | null;
};

/** One announcement, big enough to read across the aisle. */
export function AnnouncementSlide({
  position,
  total,
  kindLabel,
  title,
  summary,
  names,
  figures,
  date,
  qrUrl,
}: AnnouncementSlideProps) {
  return (
    <SlideFrame
      kicker={`Announcement ${position} of ${total} · ${kindLabel}`}
      title={title}
      qrUrl={qrUrl}
    >
      <p className="max-w-[50ch]">{summary}</p>
      {figures.length > 0 && (
        <dl className="mt-[3vh] flex flex-wrap gap-x-[3vw] gap-y-[2vh]">
          {figures.slice(0, 3).map((figure) => (
            <div key={figure.label} className="flex flex-col">
              <dt className={BOOTH_MUTED}>{figure.label}</dt>
              <dd
                className={cn(
                  'order-first font-extrabold tabular-nums',
                  BOOTH_ACCENT,
                )}
              >
                {figure.value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {(names.length > 0 || date) && (
        <p className={cn(BOOTH_MUTED, 'mt-[3vh]')}>
          {[names.join(' · '), date].filter(Boolean).join(' — ')}
        </p>
      )}
    </SlideFrame>
  );
}
