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
