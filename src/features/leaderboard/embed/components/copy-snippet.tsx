import { useEffect, useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { FOCUS_RING } from '@/components/ui/focus-ring';

export type CopySnippetProps = {
  label: string;
  description?: string;
  code: string;
};

type CopyState = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 2500;

/** A code block with a copy button; says out loud whether the copy worked. */
export function CopySnippet({ label, description, code }: CopySnippetProps) {
  const id = useId();
  // The outcome belongs to the text it was about: once the options change
  // the code, "Copied" would claim the new snippet is on the clipboard.
  const [outcome, setOutcome] = useState<{ state: CopyState; code: string }>({
    state: 'idle',
    code,
  });
  const state = outcome.code === code ? outcome.state : 'idle';

  useEffect(() => {
    if (outcome.state !== 'copied') return;
    const timer = setTimeout(
      () => setOutcome({ state: 'idle', code: outcome.code }),
      FEEDBACK_MS,
    );
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setOutcome({ state: 'copied', code });
    } catch {
      setOutcome({ state: 'failed', code });
    }
  };

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-label`} className="font-semibold">
          {label}
        </h3>
        <Button size="sm" onClick={() => void copy()}>
          {state === 'copied' ? 'Copied ✓' : `Copy ${label.toLowerCase()}`}
        </Button>
      </div>
      {description && (
        <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
          {description}
        </p>
      )}
      <pre
        tabIndex={0}
        aria-labelledby={`${id}-label`}
        className={`overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-900 ${FOCUS_RING}`}
      >
        <code>{code}</code>
      </pre>
      <p role="status" className="mt-1 min-h-5 text-sm">
        {state === 'copied' && `${label} copied to the clipboard.`}
        {state === 'failed' &&
          'Could not copy automatically: select the text above and press Ctrl+C (⌘C on a Mac).'}
      </p>
    </div>
  );
}
