import { cn } from '@/utils/cn';
import { isHttpUrl } from '@/utils/url';

import { FOCUS_RING } from './focus-ring';

export type ExternalLinkProps = {
  href: string | null | undefined;
  children: React.ReactNode;
  className?: string;
};

/**
 * A link to another site, opened in a new tab. Anything that is not an
 * http(s) URL (`javascript:`, `data:`, garbage) is shown as plain text.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  if (!isHttpUrl(href)) {
    return <span className={className}>{children}</span>;
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={cn(
        'text-accent-700 dark:text-accent-300 underline decoration-1 underline-offset-2 hover:decoration-2',
        FOCUS_RING,
        className,
      )}
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
