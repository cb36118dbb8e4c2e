import { Button } from '@/components/ui/button';
import { formatProblem } from '@/features/landscape/import/format-problem';
import { LOCAL_SOURCE } from '@/features/landscape/import/use-landscape-source';
import { formatNumber } from '@/utils/format';

import type { LandscapeSourceControl } from '@/features/landscape/import/use-landscape-source';

export type LandscapeSourceBarProps = {
  control: LandscapeSourceControl;
  /** The name of the landscape shown from the source, when one is. */
  shownName: string | null;
};

const ALERT =
  'rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50';

function Progress({ control }: { control: LandscapeSourceControl }) {
  const { state } = control;
  if (state.phase !== 'reading') return null;
  const verb = state.stage === 'downloading' ? 'Downloading' : 'Reading';
  const amount =
    state.fraction === null
      ? `${formatNumber(Math.round(state.bytes / 1024))} KB`
      : `${Math.round(state.fraction * 100)}%`;
  return (
    <p className="flex flex-wrap items-center gap-3">
      <span className="[overflow-wrap:anywhere]">
        {verb} {state.fileName}… <span className="tabular-nums">{amount}</span>
      </span>
      <progress
        className="accent-accent-600 w-48"
        max={1}
        value={state.fraction ?? undefined}
        aria-label={`${verb} ${state.fileName}`}
      />
      <Button variant="secondary" size="sm" onClick={control.cancel}>
        Cancel
      </Button>
    </p>
  );
}

/**
 * Where the landscape shown comes from, above the chart: progress with
 * Cancel while a file or URL is read, the failure in words, and always a
 * way back to the shipped data.
 */
export function LandscapeSourceBar({
  control,
  shownName,
}: LandscapeSourceBarProps) {
  const { state, source, notice, loaded } = control;
  const back = (
    <Button variant="secondary" size="sm" onClick={control.close}>
      Back to the shipped data
    </Button>
  );
  const offline = state.phase === 'done' ? state.offlineCopyFrom : null;
  return (
    <div className="mb-6 space-y-3">
      <div role="status" aria-live="polite" className="space-y-2">
        <Progress control={control} />
        {notice && <p>{notice}</p>}
        {shownName && state.phase !== 'reading' && (
          <p className="flex flex-wrap items-center gap-3">
            <span className="[overflow-wrap:anywhere]">
              Showing {shownName}
              {source === LOCAL_SOURCE
                ? ', kept in this browser until you go back (never uploaded).'
                : '.'}
              {offline &&
                ` The network failed: this is the copy this browser saved on ${new Date(offline).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}.`}
            </span>
            {back}
          </p>
        )}
      </div>
      {state.phase === 'failed' && (
        <div role="alert" className={ALERT}>
          <p className="font-semibold">This landscape cannot be shown</p>
          <p className="mt-1 break-words">{state.failure.message}</p>
          {state.failure.problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5 font-mono text-sm break-words">
              {state.failure.problems.slice(0, 20).map((problem, index) => (
                <li key={index}>{formatProblem(problem)}</li>
              ))}
            </ul>
          )}
          <p className="mt-3">
            {loaded && source !== null
              ? 'The landscape read before stays shown. '
              : 'The shipped data stays shown. '}
            {source !== null && back}
          </p>
        </div>
      )}
    </div>
  );
}
