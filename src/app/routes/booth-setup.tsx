import { useState } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { pageTitle, paths } from '@/config/paths';
import { boothSearch, parseBoothParams } from '@/features/booth/booth-params';
import { BoothPreview } from '@/features/booth/components/booth-preview';
import { BoothSetupForm } from '@/features/booth/components/booth-setup-form';
import { useSiteOrigin } from '@/hooks/use-render-context';
import { useSearchState } from '@/hooks/use-search-state';
import { cn } from '@/utils/cn';

import type {
  BoothConfig,
  ParsedBoothParams,
} from '@/features/booth/booth-params';

type CopyState = 'idle' | 'copied' | 'failed';

const writeBoothParams = ({ config }: ParsedBoothParams) =>
  new URLSearchParams(boothSearch(config));

/** Builds a booth URL; the choices live in this page's own URL too. */
export function Component() {
  const [{ config, notes }, setParsed] = useSearchState(
    parseBoothParams,
    writeBoothParams,
  );
  const [copy, setCopy] = useState<CopyState>('idle');
  const query = boothSearch(config);
  const boothPath = `${paths.booth}${query}`;
  const origin = useSiteOrigin();
  const boothUrl = new URL(boothPath, origin).href;

  const update = (next: BoothConfig) => {
    setCopy('idle');
    setParsed({ config: next, notes: [] });
  };
  const copyUrl = () => {
    navigator.clipboard.writeText(boothUrl).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <>
      <title>{pageTitle('Set up booth mode')}</title>
      <h1 className="text-3xl font-bold">Set up booth mode</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Choose what the booth screen shows, then open the address below on the
        booth PC once while online: after that it runs offline all day.
      </p>
      {notes.length > 0 && (
        <div
          role="note"
          className="mt-4 rounded-lg border border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">
            Some settings in this address were not valid and were replaced:
          </p>
          <ul className="list-disc pl-5">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(18rem,1fr)_2fr]">
        <BoothSetupForm config={config} onChange={update} />
        <section
          aria-labelledby="booth-url-title"
          className="min-w-0 space-y-4"
        >
          <h2 id="booth-url-title" className="text-xl font-semibold">
            Booth address
          </h2>
          <div className="flex flex-wrap gap-2">
            <label htmlFor="booth-url" className="sr-only">
              Booth address
            </label>
            <input
              id="booth-url"
              readOnly
              value={boothUrl}
              onFocus={(e) => e.target.select()}
              className={cn(
                // At least 24rem (or the whole row): on a phone the buttons wrap
                // below it rather than squeezing the address to a few letters.
                'min-w-[min(100%,24rem)] flex-1 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900',
                FOCUS_RING,
              )}
            />
            <Button onClick={copyUrl}>Copy</Button>
            <Link
              to={boothPath}
              className={cn(
                'inline-flex h-10 items-center rounded-md border border-slate-300 px-4 font-medium dark:border-slate-600',
                FOCUS_RING,
              )}
            >
              Open booth mode
            </Link>
          </div>
          <p role="status" className="min-h-6 text-sm">
            {copy === 'copied' && 'Address copied.'}
            {copy === 'failed' &&
              'Could not copy here: select the address and copy it by hand.'}
          </p>
          <h2 className="text-xl font-semibold">Preview</h2>
          <BoothPreview src={boothPath} />
        </section>
      </div>
    </>
  );
}
