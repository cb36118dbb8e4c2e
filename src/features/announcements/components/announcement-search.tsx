import { useEffect, useRef } from 'react';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { useSlashFocus } from '@/hooks/use-slash-focus';
import { cn } from '@/utils/cn';

export type AnnouncementSearchProps = {
  /** The current query (shown at once, written to the URL by the caller). */
  value: string;
  onChange: (value: string) => void;
};

/** The search box; "/" anywhere on the page focuses it. */
export function AnnouncementSearch({
  value,
  onChange,
}: AnnouncementSearchProps) {
  const ref = useRef<HTMLInputElement>(null);
  useSlashFocus(ref);
  useEffect(() => {
    // The page is prerendered: a reader may type before the app takes over
    // the field. Keep what they typed instead of dropping it.
    const typed = ref.current?.value ?? value;
    if (typed !== value) onChange(typed);
    // Once, when the app takes over the field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="relative">
      <label
        htmlFor="announcement-search"
        className="mb-2 block text-sm font-semibold text-slate-700 dark:text-slate-300"
      >
        Search announcements
      </label>
      <input
        ref={ref}
        id="announcement-search"
        type="search"
        value={value}
        placeholder="Project, company, topic…"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="announcement-search-hint"
        onChange={(event) => onChange(event.target.value)}
        className={cn(
          'h-11 w-full rounded-lg border border-slate-300 bg-white pr-12 pl-3 text-base placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400',
          FOCUS_RING,
        )}
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute right-3 bottom-2.5 rounded border border-slate-300 px-1.5 font-mono text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400 pointer-coarse:hidden"
      >
        /
      </kbd>
      <p id="announcement-search-hint" className="sr-only">
        Press slash to come back to this field. Matches are marked in the
        results.
      </p>
    </div>
  );
}
