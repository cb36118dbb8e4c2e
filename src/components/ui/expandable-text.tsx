import { useId, useState } from 'react';

import { cn } from '@/utils/cn';

import { FOCUS_RING } from './focus-ring';

/** Texts longer than this (characters) start cut to a few lines. */
const EXPANDABLE_AFTER = 400;

export type ExpandableTextProps = {
  text: string;
  /** Rendered in place of `text` (e.g. with search highlights). */
  children?: React.ReactNode;
  className?: string;
};

/**
 * A paragraph of text from data. A long one shows its first four lines and
 * a "Show more" button (keyboard and touch reach it; a title attribute
 * would not), which reveals the whole text in place.
 */
export function ExpandableText({
  text,
  children,
  className,
}: ExpandableTextProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const long = text.length > EXPANDABLE_AFTER;
  return (
    <>
      <p
        id={id}
        className={cn(
          '[overflow-wrap:anywhere]',
          long && !open && 'line-clamp-4',
          className,
        )}
      >
        {children ?? text}
      </p>
      {long && (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
          className={cn(
            'text-accent-700 dark:text-accent-300 relative z-10 mt-1 self-start rounded-sm text-sm font-semibold underline underline-offset-2',
            FOCUS_RING,
          )}
        >
          {open ? 'Show less' : 'Show more'}
        </button>
      )}
    </>
  );
}
