import { ErrorNotice } from './error-notice';
import { LoadingRegion } from './skeleton';

import type { UseQueryResult } from '@tanstack/react-query';

export type QueryViewProps<T extends object> = {
  query: UseQueryResult<T>;
  /** What is loading, for screen readers ("Loading awards…"). */
  loadingLabel: string;
  skeleton: React.ReactNode;
  children: (data: T) => React.ReactNode;
};

/**
 * Renders one query's three states: skeleton while pending, an error with a
 * retry when it failed, the data otherwise. When a refetch fails but earlier
 * data is cached, the data stays on screen under a compact error banner.
 */
export function QueryView<T extends object>({
  query,
  loadingLabel,
  skeleton,
  children,
}: QueryViewProps<T>) {
  const retry = () => void query.refetch();
  if (query.isPending) {
    return <LoadingRegion label={loadingLabel}>{skeleton}</LoadingRegion>;
  }
  if (query.data === undefined) {
    return (
      <ErrorNotice
        error={query.error}
        attempts={query.failureCount}
        onRetry={retry}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <>
      {query.isError && (
        <ErrorNotice
          compact
          className="mb-4"
          error={query.error}
          onRetry={retry}
          retrying={query.isFetching}
        />
      )}
      {children(query.data)}
    </>
  );
}
