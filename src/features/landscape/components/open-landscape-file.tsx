import { useId, useState } from 'react';

import { buildView } from '@/features/landscape/import/build-report';
import { formatProblem } from '@/features/landscape/import/format-problem';
import { useLandscapeImport } from '@/features/landscape/import/use-landscape-import';
import { cn } from '@/utils/cn';
import { formatNumber } from '@/utils/format';

import { CategoryPicker } from './category-picker';
import { ImportSummary } from './import-summary';

import type { FullImport } from '@/features/landscape/import/build-report';
import type { ImportReport } from '@/features/landscape/import/import-types';
import type { Landscape } from '@/features/landscape/schemas';

export type OpenLandscapeFileProps = {
  /** Runs when a file is read and whenever another category is chosen. */
  onLoaded: (landscape: Landscape, report: ImportReport) => void;
  className?: string;
};

/**
 * "Open a landscape file": pick or drop a landscape.yml (CNCF landscape
 * format); it is parsed in a Web Worker and never leaves the browser.
 */
export function OpenLandscapeFile({
  onLoaded,
  className,
}: OpenLandscapeFileProps) {
  const headingId = useId();
  const [category, setCategory] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const show = (full: FullImport, name: string | null) => {
    setCategory(name);
    const view = buildView(full, name);
    onLoaded(view.landscape, view.report);
  };
  const { state, open, warm } = useLandscapeImport((full) => show(full, null));
  const view = state.phase === 'done' ? buildView(state.full, category) : null;

  return (
    <section aria-labelledby={headingId} className={cn('space-y-4', className)}>
      <h2 id={headingId} className="text-xl font-semibold">
        Open a landscape file
      </h2>
      <p className="max-w-prose text-slate-700 dark:text-slate-300">
        Explore any landscape.yml in the format of the CNCF landscape (other
        foundations use it too). The file is read in your browser; nothing is
        uploaded.
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
          if (file) open(file);
        }}
      >
        <label
          className={cn(
            'bg-accent-600 hover:bg-accent-700 dark:bg-accent-400 dark:hover:bg-accent-300 inline-flex h-10 cursor-pointer items-center rounded-md px-4 font-medium text-white dark:text-slate-950',
            // FOCUS_RING, for the visually hidden input inside.
            'has-focus-visible:outline-accent-600 dark:has-focus-visible:outline-accent-300 has-focus-visible:outline-2 has-focus-visible:outline-offset-2',
          )}
        >
          Choose a landscape file…
          <input
            type="file"
            accept=".yml,.yaml,application/yaml,text/yaml"
            className="sr-only"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) open(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <span className="text-slate-700 dark:text-slate-300">
          or drop it here
        </span>
      </div>
      <div role="status" aria-live="polite">
        {state.phase === 'reading' && (
          <p className="flex flex-wrap items-center gap-3">
            <span>
              Reading {state.fileName}…{' '}
              <span className="tabular">
                {Math.round(state.fraction * 100)}%
              </span>
            </span>
            <progress
              className="accent-accent-600 w-48"
              max={1}
              value={state.fraction}
              aria-label={`Reading ${state.fileName}`}
            />
          </p>
        )}
        {view && (
          <p>
            {view.landscape.name}: {formatNumber(view.report.itemsShown)} of{' '}
            {formatNumber(view.report.itemsRead)} items shown,{' '}
            {formatNumber(view.report.itemsRejected)} rejected.
          </p>
        )}
      </div>
      {state.phase === 'failed' && (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50"
        >
          <p className="font-semibold">This file cannot be shown</p>
          <p className="mt-1 break-words">{state.failure.message}</p>
          {state.failure.problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5 font-mono text-sm break-words">
              {state.failure.problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{formatProblem(problem)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.phase === 'done' && view && (
        <>
          <CategoryPicker
            categories={state.full.availableCategories}
            allItems={state.full.items.length + state.full.rejected.length}
            value={category}
            onChange={(name) => show(state.full, name)}
          />
          <ImportSummary
            report={view.report}
            milliseconds={state.milliseconds}
          />
        </>
      )}
    </section>
  );
}
