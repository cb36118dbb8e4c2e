import { cn } from '@/utils/cn';
import { formatDate, formatNumber } from '@/utils/format';

import { BOOTH_ACCENT, BOOTH_MUTED } from '../../booth-type';
import {
  BOOTH_STATUSES,
  computeThenAndNow,
  STATUS_TEXT,
} from '../../model/landscape-views';
import { SlideFrame } from '../slide-frame';
import { StatusSwatch } from './status-swatch';

import type { BoothLandscape, StatusCounts } from '../../model/landscape-views';

/** Renders the time travel in place of the built-in view (the d3 chart). */
export type ThenNowView<L extends BoothLandscape> = (args: {
  landscape: L;
  /** ISO dates: the event, and the date the data describes. */
  from: string;
  to: string;
}) => React.ReactNode;

export type ThenNowSlideProps<L extends BoothLandscape> = {
  landscape: L;
  /** ISO date of "then": the first day of the event. */
  thenDate: string;
  qrUrl: string | null;
  renderView?: ThenNowView<L>;
};

function cncfTotal(counts: StatusCounts): number {
  return BOOTH_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

function CountsColumn({
  label,
  counts,
}: {
  label: string;
  counts: StatusCounts;
}) {
  return (
    <section aria-label={label}>
      <p className="font-bold">{label}</p>
      <dl className="mt-[1vh] space-y-[0.5vh]">
        {BOOTH_STATUSES.map((status) => (
          <div key={status} className="flex items-baseline gap-[1vw]">
            <dt className="flex min-w-[9em] items-baseline gap-2">
              <StatusSwatch status={status} /> {STATUS_TEXT[status]}
            </dt>
            <dd className="tabular font-extrabold">{counts[status]}</dd>
          </div>
        ))}
        {counts.unknown > 0 && (
          <div className="flex items-baseline gap-[1vw]">
            <dt className="min-w-[9em]">{STATUS_TEXT.unknown}</dt>
            <dd className="tabular font-extrabold">{counts.unknown}</dd>
          </div>
        )}
      </dl>
      <p className={cn(BOOTH_MUTED, 'mt-[1vh]')}>
        {formatNumber(cncfTotal(counts))} CNCF projects
      </p>
    </section>
  );
}

/** The landscape on the first day of the event next to the latest data. */
export function ThenNowSlide<L extends BoothLandscape>({
  landscape,
  thenDate,
  qrUrl,
  renderView,
}: ThenNowSlideProps<L>) {
  const kicker = `Observability landscape · ${formatDate(thenDate)} → ${formatDate(landscape.asOf)}`;
  if (renderView) {
    return (
      <SlideFrame kicker={kicker} title="Then and now" qrUrl={qrUrl}>
        {renderView({ landscape, from: thenDate, to: landscape.asOf })}
      </SlideFrame>
    );
  }
  const { then, now, changes } = computeThenAndNow(landscape, thenDate);
  return (
    <SlideFrame kicker={kicker} title="Then and now" qrUrl={qrUrl}>
      <div className="grid gap-[3vw] sm:grid-cols-2">
        <CountsColumn
          label={`At the event, ${formatDate(thenDate)}`}
          counts={then}
        />
        <CountsColumn
          label={`Now, data of ${formatDate(landscape.asOf)}`}
          counts={now}
        />
      </div>
      <p className="mt-[3vh]">
        <span className={cn('font-bold', BOOTH_ACCENT)}>
          {changes.length === 0
            ? 'No CNCF status changed in between.'
            : `Changed since: `}
        </span>
        {changes
          .map(
            (c) => `${c.name} (${STATUS_TEXT[c.from]} → ${STATUS_TEXT[c.to]})`,
          )
          .join(' · ')}
      </p>
    </SlideFrame>
  );
}
