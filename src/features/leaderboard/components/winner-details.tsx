import { ExternalLink } from '@/components/ui/external-link';

import { AwardFigures } from './award-figures';

import type { Metric, Winner } from '../schemas';

export type WinnerDetailsProps = {
  winner: Winner;
  metrics: Metric[];
  /** Heading level of the winner's name (one below the category's). */
  headingLevel: 'h3' | 'h4';
};

function whoTheyAre(winner: Winner): string | null {
  const parts = [winner.role, winner.organization].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** Name, who they are, the reason for the award, figures and links. */
export function WinnerDetails({
  winner,
  metrics,
  headingLevel,
}: WinnerDetailsProps) {
  const Heading = headingLevel;
  const who = whoTheyAre(winner);
  return (
    <>
      <Heading className="text-lg leading-snug font-semibold [overflow-wrap:anywhere]">
        {winner.name}
      </Heading>
      {who && (
        <p className="text-sm text-slate-700 dark:text-slate-300">{who}</p>
      )}
      {/* Also pre-rendered into the embed, which has no React: no button. */}
      <p className="mt-2 [overflow-wrap:anywhere] text-slate-800 dark:text-slate-200">
        {winner.reason}
      </p>
      <AwardFigures metrics={metrics} values={winner.metrics} />
      {winner.links.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 text-sm">
          {winner.links.map((link) => (
            <li key={`${link.label}-${link.url}`}>
              <ExternalLink href={link.url}>{link.label}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
