import { useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { CNCF_LATEST_URL } from '@/features/landscape/import/use-landscape-source';
import { useHydrated } from '@/hooks/use-render-context';
import { cn } from '@/utils/cn';
import { formatNumber } from '@/utils/format';
import { isHttpUrl } from '@/utils/url';

import { CategoryPicker } from './category-picker';
import { ImportSummary } from './import-summary';

import type { ImportSuccess } from '@/features/landscape/import/import-types';
import type { LandscapeSourceControl } from '@/features/landscape/import/use-landscape-source';

export type OpenLandscapeFileProps = {
  control: LandscapeSourceControl;
  /** The loaded landscape's current view (`null`: none shown). */
  view: ImportSuccess | null;
  category: string | null;
  onCategoryChange: (category: string | null) => void;
  className?: string;
};

function UrlForm({ control }: { control: LandscapeSourceControl }) {
  const inputId = useId();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = url.trim();
        if (!isHttpUrl(value)) {
          setError(
            'Enter an http(s) address of a landscape.yml, without a user name or password.',
          );
          return;
        }
        setError(null);
        control.loadUrl(value);
      }}
    >
      <div className="flex min-w-0 flex-1 basis-72 flex-col">
        <label htmlFor={inputId} className="text-sm font-semibold">
          Address of a landscape.yml
        </label>
        <input
          id={inputId}
          type="url"
          inputMode="url"
          placeholder="https://example.org/landscape.yml"
          value={url}
          aria-invalid={error !== null}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => setUrl(event.target.value)}
          className={cn(
            'mt-1 h-10 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-900',
            FOCUS_RING,
          )}
        />
        {error && (
          <p
            id={`${inputId}-error`}
            className="mt-1 text-sm text-red-700 dark:text-red-300"
          >
            {error}
          </p>
        )}
      </div>
      <Button
        type="submit"
        onPointerEnter={control.warm}
        onFocus={control.warm}
      >
        Load
      </Button>
      <Button
        type="button"
        variant="secondary"
        onPointerEnter={control.warm}
        onFocus={control.warm}
        onClick={() => control.loadUrl(CNCF_LATEST_URL)}
      >
        Latest from cncf/landscape
      </Button>
    </form>
  );
}

/**
 * "Open a landscape": pick or drop a landscape.yml (CNCF landscape format),
 * or give its address; it is read in a Web Worker, and a file never leaves
 * the browser.
 */
export function OpenLandscapeFile({
  control,
  view,
  category,
  onCategoryChange,
  className,
}: OpenLandscapeFileProps) {
  const headingId = useId();
  const [dragging, setDragging] = useState(false);
  const { openFile, warm, loaded } = control;
  // A prerendered page: a file chosen before the app runs would be lost.
  const hydrated = useHydrated();

  return (
    <section aria-labelledby={headingId} className={cn('space-y-4', className)}>
      <h2 id={headingId} className="text-xl font-semibold">
        Open a landscape file
      </h2>
      <p className="max-w-prose text-slate-700 dark:text-slate-300">
        Explore any landscape.yml in the format of the CNCF landscape (other
        foundations use it too). A file is read in your browser and kept there
        until you go back to the shipped data; nothing is uploaded.
      </p>
      <div
        className={cn(
          'flex flex-wrap items-center gap-3 rounded-lg border-2 border-dashed p-4',
          dragging
            ? 'border-accent-600 bg-accent-50 dark:border-accent-300 dark:bg-slate-800'
            : 'border-slate-300 dark:border-slate-600',
        )}
        onPointerEnter={warm}
        onFocus={warm}
        onDragEnter={warm}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) openFile(file);
        }}
      >
        <label
          className={cn(
            'bg-accent-600 hover:bg-accent-700 dark:bg-accent-400 dark:hover:bg-accent-300 inline-flex h-10 cursor-pointer items-center rounded-md px-4 font-medium text-white has-disabled:cursor-wait dark:text-slate-950',
            // FOCUS_RING, for the visually hidden input inside.
            'has-focus-visible:outline-accent-600 dark:has-focus-visible:outline-accent-300 has-focus-visible:outline-2 has-focus-visible:outline-offset-2',
          )}
        >
          Choose a landscape file…
          <input
            type="file"
            accept=".yml,.yaml,application/yaml,text/yaml"
            disabled={!hydrated}
            className="sr-only"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) openFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <span className="text-slate-700 dark:text-slate-300">
          or drop it here
        </span>
      </div>
      <UrlForm control={control} />
      <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
        The address goes in the page’s URL, so the view can be shared; the host
        must allow other sites to read the file (CORS). Each download is kept in
        this browser for use offline.
      </p>
      <div role="status" aria-live="polite">
        {view && (
          <p>
            {view.landscape.name}: {formatNumber(view.report.itemsShown)} of{' '}
            {formatNumber(view.report.itemsRead)} items shown,{' '}
            {formatNumber(view.report.itemsRejected)} rejected.
          </p>
        )}
      </div>
      {view && loaded && (
        <>
          <CategoryPicker
            categories={loaded.availableCategories}
            allItems={loaded.items.length + loaded.rejected.length}
            value={category}
            onChange={onCategoryChange}
          />
          <ImportSummary
            report={view.report}
            milliseconds={
              control.state.phase === 'done' ? control.state.milliseconds : null
            }
          />
        </>
      )}
    </section>
  );
}
