import { LoadingRegion, Skeleton } from './skeleton';

/** Shown while a page's code and data arrive. */
export function PageSkeleton() {
  return (
    <LoadingRegion label="Loading page…">
      <div className="mx-auto max-w-7xl space-y-4 px-4 py-8 sm:px-6">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-5 w-1/2" />
        <div className="grid gap-4 pt-4 sm:grid-cols-2 lg:grid-cols-3">
          <Skeleton className="h-40" />
          <Skeleton className="h-40" />
          <Skeleton className="h-40" />
        </div>
      </div>
    </LoadingRegion>
  );
}
