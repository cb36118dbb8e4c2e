import { isDataError } from '@/lib/data-error';
import { cn } from '@/utils/cn';

import { Button } from './button';

import type { DataErrorKind } from '@/lib/data-error';

const HEADLINES: Record<DataErrorKind, string> = {
  network: 'Could not reach the data',
  timeout: 'The data took too long to arrive',
  http: 'The server could not deliver the data',
  'invalid-json': 'A data file is damaged',
  schema: 'A data file has unexpected content',
  version: 'A data file is from a newer format',
};

function describe(error: unknown) {
  if (isDataError(error)) {
    return {
      headline: HEADLINES[error.kind],
      message: error.message,
      details: error.details.filter((d) => !error.message.endsWith(d)),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { headline: 'Something went wrong', message, details: [] };
}

export type ErrorNoticeProps = {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** How many attempts failed in a row; said when more than one. */
  attempts?: number;
  /** A compact banner, used when older data is still on screen. */
  compact?: boolean;
  className?: string;
};

/** Says what failed and where, and offers to try again. */
export function ErrorNotice({
  error,
  onRetry,
  retrying = false,
  attempts = 1,
  compact = false,
  className,
}: ErrorNoticeProps) {
  const { headline, message, details } = describe(error);
  return (
    <div
      role="alert"
      className={cn(
        'rounded-lg border border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50',
        compact ? 'p-3 text-sm' : 'p-5',
        className,
      )}
    >
      <p className="font-semibold">
        {compact ? `${headline}; showing the last data loaded.` : headline}
      </p>
      <p className="mt-1 font-mono text-sm break-words">{message}</p>
      {attempts > 1 && <p className="mt-1 text-sm">Tried {attempts} times.</p>}
      {details.length > 0 && (
        <ul className="mt-2 list-disc pl-5 font-mono text-sm break-words">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <Button
          className="mt-3"
          size="sm"
          variant="secondary"
          onClick={onRetry}
          disabled={retrying}
        >
          {retrying ? 'Retrying…' : 'Try again'}
        </Button>
      )}
    </div>
  );
}
