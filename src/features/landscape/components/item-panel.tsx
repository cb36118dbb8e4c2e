import { useEffect, useRef } from 'react';

import { Button } from '@/components/ui/button';
import { ExternalLink } from '@/components/ui/external-link';
import { formatDate } from '@/utils/format';

import { STATUS_LABELS } from '../schemas';
import { statusHistory, statusOn } from '../status-on';
import { StatusSwatch } from './status-patterns';

import type { LandscapeItem } from '../schemas';

export type ItemPanelProps = {
  item: LandscapeItem;
  /** The date the chart shows. */
  date: string;
  /** The date the data describes. */
  asOf: string;
  onClose: () => void;
  /** Move focus to the heading when opened (click, Enter, deep link). */
  autoFocus?: boolean;
};

const STEP_TEXT = {
  sandbox: 'Accepted into the sandbox',
  incubating: 'Incubating',
  graduated: 'Graduated',
  archived: 'Archived',
  none: 'Not a CNCF project',
} as const;

/** Details of one item: status then and now, its CNCF history and its links. */
export function ItemPanel({
  item,
  date,
  asOf,
  onClose,
  autoFocus = true,
}: ItemPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [item.id, autoFocus]);
  const then = statusOn(item, date);
  const history = statusHistory(item);
  const headingId = `panel-${item.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-start justify-between gap-2">
        <h2
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          className="text-xl font-bold [overflow-wrap:anywhere] outline-none"
        >
          {item.name}
        </h2>
        <Button
          size="sm"
          variant="ghost"
          onClick={onClose}
          aria-label={`Close details of ${item.name}`}
        >
          ✕
        </Button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {item.category} › {item.subcategory}
      </p>
      <p className="mt-3 flex items-center gap-2">
        <StatusSwatch status={then} />
        <span>
          <strong>{STATUS_LABELS[then]}</strong> on {formatDate(date)}
        </span>
      </p>
      {then !== (item.status ?? 'none') && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {STATUS_LABELS[item.status ?? 'none']} as of {formatDate(asOf)} (the
          date of the data).
        </p>
      )}
      <p className="mt-3">
        {item.description ?? (
          <span className="text-slate-600 italic dark:text-slate-400">
            No description given.
          </span>
        )}
      </p>
      <h3 className="mt-4 font-semibold">CNCF history</h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {item.status
            ? 'The data gives no dates for this project.'
            : 'Not a CNCF project: no CNCF dates.'}
        </p>
      ) : (
        <ol className="mt-1 space-y-1 text-sm">
          {history.map((step) => (
            <li
              key={step.date + step.status}
              className="flex items-center gap-2"
            >
              <StatusSwatch status={step.status} />
              <time dateTime={step.date} className="tabular w-32 shrink-0">
                {formatDate(step.date)}
              </time>
              <span>
                {step.status !== 'sandbox' && step.date === item.dates.accepted
                  ? `Accepted straight into ${step.status === 'incubating' ? 'incubation' : step.status}`
                  : STEP_TEXT[step.status]}
              </span>
            </li>
          ))}
        </ol>
      )}
      <h3 className="mt-4 font-semibold">Links</h3>
      <ul className="mt-1 space-y-1 text-sm">
        <li>
          Homepage:{' '}
          <ExternalLink href={item.homepageUrl}>
            {item.homepageUrl}
          </ExternalLink>
        </li>
        <li>
          Repository:{' '}
          {item.repoUrl ? (
            <ExternalLink href={item.repoUrl}>{item.repoUrl}</ExternalLink>
          ) : (
            <span className="text-slate-600 italic dark:text-slate-400">
              not given
            </span>
          )}
        </li>
      </ul>
    </section>
  );
}
