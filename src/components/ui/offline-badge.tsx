import { useOnlineStatus } from '@/hooks/use-online-status';
import { cn } from '@/utils/cn';

export type OfflineBadgeProps = { className?: string };

/** Says so while the browser is offline (pages then come from the cache). */
export function OfflineBadge({ className }: OfflineBadgeProps) {
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <p
      role="status"
      className={cn(
        'inline-flex items-center gap-2 rounded-full border-2 border-amber-700 bg-amber-50 px-3 py-1 font-semibold text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50',
        className,
      )}
    >
      <span aria-hidden="true">●</span> Offline
    </p>
  );
}
