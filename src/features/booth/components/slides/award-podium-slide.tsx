import { cn } from '@/utils/cn';

import {
  BOOTH_ACCENT,
  BOOTH_FIGURE,
  BOOTH_LEAD,
  BOOTH_MUTED,
} from '../../booth-type';
import { SlideFrame } from '../slide-frame';

export type PodiumWinner = {
  name: string;
  /** 1 is first; null for awards that are not ranked. */
  rank: number | null;
  /** Role and organisation, when given. */
  subtitle: string | null;
  /** One short line on why they won. */
  highlight: string;
};

export type AwardPodiumSlideProps = {
  /** `End User Awards 2024`. */
  title: string;
  description: string;
  isNew: boolean;
  /** Empty when the source names no winners; `note` then says why. */
  winners: PodiumWinner[];
  note: string | null;
  qrUrl: string | null;
};

const RANK_LABEL = ['1st', '2nd', '3rd'];
/** Podium block heights for 1st, 2nd and 3rd place, in vh. */
const PODIUM_HEIGHT_VH = [22, 15, 10];
/** Visual order on the podium: 2nd, 1st, 3rd. */
const PODIUM_ORDER = [2, 1, 3];

function rankLabel(rank: number | null): string {
  if (rank === null) return 'Winner';
  return RANK_LABEL[rank - 1] ?? `${rank}th`;
}

function Podium({ winners }: { winners: PodiumWinner[] }) {
  const placed = PODIUM_ORDER.map((rank) =>
    winners.find((w) => w.rank === rank),
  ).filter((w) => w !== undefined);
  return (
    <ol className="grid h-full grid-cols-1 items-end gap-[2vw] sm:grid-cols-3">
      {placed.map((winner) => {
        const rank = winner.rank ?? 1;
        return (
          <li key={winner.name} className="flex flex-col" value={rank}>
            <p className={BOOTH_LEAD}>{winner.name}</p>
            <p className={cn(BOOTH_MUTED, 'mb-[1.5vh]')}>{winner.highlight}</p>
            <div
              className={cn(
                'flex items-start justify-center rounded-t-xl border-4 pt-[1vh]',
                rank === 1
                  ? 'border-accent-700 bg-accent-100 dark:border-accent-300 dark:bg-accent-800'
                  : 'border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-800',
              )}
              style={{ minHeight: `${PODIUM_HEIGHT_VH[rank - 1] ?? 8}vh` }}
            >
              <span className={BOOTH_FIGURE}>{rankLabel(rank)}</span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** One award: a podium for ranked winners, a portrait for a single one. */
export function AwardPodiumSlide({
  title,
  description,
  isNew,
  winners,
  note,
  qrUrl,
}: AwardPodiumSlideProps) {
  const ranked = winners.some((w) => w.rank !== null);
  const kicker = isNew ? 'Awards · given for the first time' : 'Awards';
  return (
    <SlideFrame kicker={kicker} title={title} qrUrl={qrUrl}>
      <div className="flex h-full flex-col gap-[3vh]">
        <p className={BOOTH_MUTED}>{description}</p>
        {winners.length === 0 ? (
          <p className="font-semibold">
            {note ?? 'The source names no winners for this award.'}
          </p>
        ) : ranked ? (
          <div className="min-h-0 flex-1">
            <Podium winners={winners} />
          </div>
        ) : (
          <ul className="space-y-[3vh]">
            {winners.map((winner) => (
              <li key={winner.name}>
                <p className={cn(BOOTH_FIGURE, BOOTH_ACCENT)}>{winner.name}</p>
                {winner.subtitle && (
                  <p className="mt-[1vh] font-semibold">{winner.subtitle}</p>
                )}
                <p className={BOOTH_MUTED}>{winner.highlight}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </SlideFrame>
  );
}
