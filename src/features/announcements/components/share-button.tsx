import { useEffect, useState } from 'react';

import { Button } from '@/components/ui/button';

export type ShareButtonProps = { title: string; url: string };

type Status = 'idle' | 'copied' | 'failed';

/** How long "Link copied" stays visible, in ms. */
const FEEDBACK_MS = 4000;

/**
 * Opens the system share sheet where the browser has one; otherwise copies
 * the link and says so. If copying is refused, shows the link to copy by
 * hand, so sharing always works.
 */
export function ShareButton({ title, url }: ShareButtonProps) {
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [status]);

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // Closing the sheet is not a failure; anything else falls back.
        if (error instanceof DOMException && error.name === 'AbortError')
          return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" size="sm" onClick={() => void share()}>
        Share
      </Button>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status === 'copied' && 'Link copied to the clipboard.'}
        {status === 'failed' && 'Could not copy; copy this link:'}
      </p>
      {status === 'failed' && (
        <input
          readOnly
          aria-label="Link to this announcement"
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full max-w-md rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      )}
    </div>
  );
}
