import { cn } from '@/utils/cn';

export type SkeletonProps = { className?: string };

/** A grey placeholder block shown while data loads. */
export function Skeleton({ className }: SkeletonProps) {
  return (
    <div
      aria-hidden="true"
      className={cn(
        'animate-pulse rounded-md bg-slate-200 dark:bg-slate-800',
        className,
      )}
    />
  );
}

/** Placeholder blocks stacked with the page's spacing, one per class list. */
export function SkeletonStack({ blocks }: { blocks: string[] }) {
  return (
    <div className="space-y-4">
      {blocks.map((className, i) => (
        <Skeleton key={i} className={className} />
      ))}
    </div>
  );
}

export type LoadingRegionProps = { label: string; children: React.ReactNode };

/** Wraps skeletons with a status message for screen readers. */
export function LoadingRegion({ label, children }: LoadingRegionProps) {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
