import { cn } from '@/utils/cn';

import {
  BOOTH_ACCENT,
  BOOTH_BODY,
  BOOTH_HEADING,
  BOOTH_MUTED,
  BOOTH_UI,
} from '../booth-type';
import { shownNotes } from '../model/shown-notes';
import { QrCode } from './qr-code';

export type AttractScreenProps = {
  title: string;
  subtitle: string | null;
  /** Settings from the URL that were ignored, one line each. */
  notes: string[];
  qrUrl: string | null;
  onStart: () => void;
};

/**
 * The screen between loops. Tapping starts the slides (and full screen,
 * which browsers grant only after a gesture); left alone it starts them by
 * itself after one interval.
 */
export function AttractScreen({
  title,
  subtitle,
  notes,
  qrUrl,
  onStart,
}: AttractScreenProps) {
  return (
    // Safe centring: when the notes make it taller than the screen, it
    // overflows downwards, where the stage scrolls, never off the top.
    <div
      className={cn(
        'flex min-h-full flex-col items-center justify-center-safe text-center',
        notes.length > 0 ? 'gap-[2.5vh]' : 'gap-[4vh]',
      )}
    >
      <p className={cn(BOOTH_BODY, BOOTH_ACCENT, 'font-semibold')}>
        CNCF Explorer
      </p>
      <h1
        className={cn(
          BOOTH_HEADING,
          // Wider with notes: a line less leaves them room above the controls.
          notes.length > 0 ? 'max-w-[30ch]' : 'max-w-[20ch]',
          'text-balance',
        )}
      >
        {title}
      </h1>
      {subtitle && (
        <p className={cn(BOOTH_BODY, 'max-w-[45ch] text-balance')}>
          {subtitle}
        </p>
      )}
      <button
        type="button"
        onClick={onStart}
        className={cn(
          BOOTH_HEADING,
          'bg-accent-700 dark:bg-accent-300 rounded-full px-[0.8em] py-[0.3em] text-white shadow-lg dark:text-slate-950',
          'focus-visible:outline-accent-700 dark:focus-visible:outline-accent-300 focus-visible:outline-4 focus-visible:outline-offset-4',
        )}
      >
        Tap to start
      </button>
      <p className={cn(BOOTH_BODY, BOOTH_MUTED)}>
        Touch the screen any time to pause and look around.
      </p>
      {notes.length > 0 && (
        <section
          aria-label="Ignored settings"
          // For whoever set the booth up, not read from across the aisle:
          // control-sized type, so five notes fit beside the event's name.
          className={cn(
            BOOTH_UI,
            'max-w-[90ch] rounded-xl border-4 border-amber-700 bg-amber-50 p-[2vh] text-left text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50',
          )}
        >
          <p className="font-bold">Some booth settings were not valid:</p>
          <ul className="list-disc pl-[1.2em]">
            {shownNotes(notes).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      {qrUrl && (
        <QrCode
          url={qrUrl}
          className="w-[clamp(6rem,min(9vw,16vh),12rem)] lg:absolute lg:right-[4vw] lg:bottom-[4vh]"
        />
      )}
    </div>
  );
}
