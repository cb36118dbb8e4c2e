import { ExternalLink } from '@/components/ui/external-link';
import { formatDate } from '@/utils/format';

import { originUrl } from '../shipped/origin';

import type { LandscapeOrigin } from '../schemas';

export type LandscapeAttributionProps = {
  origin: LandscapeOrigin;
  className?: string;
};

/** The credit the landscape's licence asks for, with the exact source. */
export function LandscapeAttribution({
  origin,
  className,
}: LandscapeAttributionProps) {
  const commit = origin.commit ? `commit ${origin.commit.slice(0, 8)}, ` : '';
  return (
    <p className={className}>
      Data: {origin.attribution} (
      <ExternalLink href={originUrl(origin)}>
        {origin.file}, {commit}
        {formatDate(origin.date)}
      </ExternalLink>
      ), used under {origin.licence}. Facts only: names, places, links, CNCF
      statuses and dates; descriptions are not copied.
    </p>
  );
}
