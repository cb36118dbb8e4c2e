import { CNCF_STATUSES, STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { cn } from '@/utils/cn';
import { formatDate, formatNumber } from '@/utils/format';

import { BOOTH_ACCENT, BOOTH_MUTED } from '../../booth-type';
import { computeThenAndNow } from '../../model/landscape-views';
import { SlideFrame } from '../slide-frame';

import type { StatusCounts, ThenAndNow } from '../../model/landscape-views';
import type { BoothViews } from '../../types';
import type { Landscape } from '@/features/landscape/schemas';

export type ThenNowSlideProps = {
  landscape: Landscape;
  /** ISO date of "then": the first day of the event. */
  thenDate: string;
  qrUrl: string | null;
  renderView: BoothViews['thenNow'];
};

function cncfTotal(counts: StatusCounts): number {
  return CNCF_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

/** The caption beside the chart: counts then and now, and what moved. */
function WhatChanged({ then, now, changes }: ThenAndNow) {
  const rows = CNCF_STATUSES.map((status) => ({
    label: STATUS_LABELS[status],
    status,
  }));
  return (
    <div className="space-y-[3vh]">
      <table className="w-full tabular-nums">
        <caption className="sr-only">CNCF projects by status</caption>
        <thead>
          <tr className={BOOTH_MUTED}>
            <th scope="col" className="text-left font-semibold">
              CNCF projects
            </th>
            <th scope="col" className="pl-[1em] text-right font-semibold">
              Then
            </th>
            <th scope="col" className="pl-[1em] text-right font-semibold">
              Now
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, status }) => (
            <tr key={label}>
              <th scope="row" className="text-left font-normal">
                {label}
              </th>
              <td className="text-right font-extrabold">{then[status]}</td>
              <td className="text-right font-extrabold">{now[status]}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-current">
            <th scope="row" className="text-left font-semibold">
              Total
            </th>
            <td className="text-right font-extrabold">
              {formatNumber(cncfTotal(then))}
            </td>
            <td className="text-right font-extrabold">
              {formatNumber(cncfTotal(now))}
            </td>
          </tr>
        </tbody>
      </table>
      <section aria-label="Changed since the event">
        <p className={cn('font-bold', BOOTH_ACCENT)}>
          {changes.length === 0
            ? 'No CNCF status changed in between.'
            : 'Changed since the event'}
        </p>
        <ul className="mt-[1vh] space-y-[1vh]">
          {changes.map((c) => (
            <li key={c.name}>
              <span className="font-bold">{c.name}</span>
              <br />
              {STATUS_LABELS[c.from]} → {STATUS_LABELS[c.to]}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The landscape on the first day of the event next to the latest data. */
export function ThenNowSlide({
  landscape,
  thenDate,
  qrUrl,
  renderView,
}: ThenNowSlideProps) {
  const kicker = `Observability landscape · ${formatDate(thenDate)} → ${formatDate(landscape.asOf)}`;
  return (
    <SlideFrame kicker={kicker} title="Then and now" qrUrl={qrUrl}>
      <div className="flex h-full flex-col gap-[3vh] lg:flex-row lg:gap-[3vw]">
        <div className="flex min-h-0 min-w-0 flex-1 flex-col">
          {renderView({ landscape, from: thenDate, to: landscape.asOf })}
        </div>
        <div className="shrink-0 lg:w-[clamp(16rem,28vw,40rem)]">
          <WhatChanged {...computeThenAndNow(landscape, thenDate)} />
        </div>
      </div>
    </SlideFrame>
  );
}
