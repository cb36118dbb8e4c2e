import { Link } from 'react-router';

import { OfflineBadge } from '@/components/ui/offline-badge';
import { cn } from '@/utils/cn';

import { BOOTH_MUTED, BOOTH_UI } from '../booth-type';

export type BoothControlsProps = {
  playing: boolean;
  /** 0 on the attract screen, else 1…total. */
  position: number;
  total: number;
  slideTitles: string[];
  /** Index of the current slide, or -1 on the attract screen. */
  currentSlide: number;
  intervalSeconds: number;
  /** Restarts the time bar whenever the view changes. */
  viewKey: string;
  onPrev: () => void;
  onNext: () => void;
  onToggle: () => void;
  onGoto: (slide: number) => void;
  fullscreen: { supported: boolean; active: boolean; toggle: () => void };
  exitTo: string;
};

const CONTROL = cn(
  'inline-flex h-[clamp(2.75rem,5.5vh,4.5rem)] items-center gap-2 rounded-lg border-2 px-[0.8em] font-semibold',
  'border-slate-700 bg-white text-slate-950 dark:border-slate-300 dark:bg-slate-900 dark:text-white',
  'focus-visible:outline-accent-700 dark:focus-visible:outline-accent-300 focus-visible:outline-4 focus-visible:outline-offset-2',
);

const PROGRESS_KEYFRAMES =
  '@keyframes booth-progress{from{transform:scaleX(0)}to{transform:scaleX(1)}}';

/** The always-visible control bar: nothing here depends on hover. */
export function BoothControls(props: BoothControlsProps) {
  const { playing, position, total, fullscreen } = props;
  return (
    <section
      aria-label="Booth controls"
      className={cn(
        BOOTH_UI,
        'flex flex-wrap items-center gap-x-[1.5vw] gap-y-2 border-t-2 border-slate-300 px-[3vw] py-[1.2vh] dark:border-slate-700',
      )}
    >
      <div role="group" aria-label="Slides" className="flex gap-2">
        <button type="button" className={CONTROL} onClick={props.onPrev}>
          <span aria-hidden="true">◀</span> Previous
        </button>
        <button type="button" className={CONTROL} onClick={props.onToggle}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className={CONTROL} onClick={props.onNext}>
          Next <span aria-hidden="true">▶</span>
        </button>
      </div>
      <div className="flex min-w-[12rem] flex-1 flex-col gap-1">
        <p className="font-semibold tabular-nums" data-testid="booth-position">
          {position === 0 ? 'Start screen' : `${position} / ${total}`}
          <span className={cn(BOOTH_MUTED, 'font-normal')}>
            {playing ? '' : ' · paused'}
          </span>
        </p>
        <TimeBar {...props} />
        <SlideDots {...props} />
      </div>
      <OfflineBadge />
      {fullscreen.supported && (
        <button type="button" className={CONTROL} onClick={fullscreen.toggle}>
          {fullscreen.active ? 'Exit full screen' : 'Full screen'}
        </button>
      )}
      <Link to={props.exitTo} className={CONTROL}>
        Exit to site
      </Link>
    </section>
  );
}

/** Fills over one interval while playing; hidden under reduced motion. */
function TimeBar({ playing, intervalSeconds, viewKey }: BoothControlsProps) {
  return (
    <div
      aria-hidden="true"
      className="h-[0.4vh] min-h-1 w-full overflow-hidden rounded bg-slate-200 motion-reduce:hidden dark:bg-slate-800"
    >
      <style href="booth-progress" precedence="default">
        {PROGRESS_KEYFRAMES}
      </style>
      {playing && (
        <div
          key={viewKey}
          className="bg-accent-700 dark:bg-accent-300 h-full origin-left"
          style={{
            animation: `booth-progress ${intervalSeconds}s linear both`,
          }}
        />
      )}
    </div>
  );
}

function SlideDots({ slideTitles, currentSlide, onGoto }: BoothControlsProps) {
  return (
    <ol className="flex flex-wrap gap-2" aria-label="Jump to a slide">
      {slideTitles.map((title, i) => (
        <li key={title}>
          <button
            type="button"
            onClick={() => onGoto(i)}
            aria-current={i === currentSlide ? 'step' : undefined}
            className={cn(
              'block h-[clamp(1.5rem,2.6vh,2.25rem)] w-[clamp(2.5rem,4vw,5rem)] rounded-full border-2',
              'focus-visible:outline-accent-700 dark:focus-visible:outline-accent-300 focus-visible:outline-4 focus-visible:outline-offset-2',
              i === currentSlide
                ? 'border-accent-700 bg-accent-700 dark:border-accent-300 dark:bg-accent-300'
                : 'border-slate-600 dark:border-slate-400',
            )}
          >
            <span className="sr-only">{title}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
