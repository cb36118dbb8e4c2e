import { useEffect, useRef, useState } from 'react';

import { StatusSwatch } from '@/components/status/status-patterns';
import { Button } from '@/components/ui/button';
import { ExternalLink } from '@/components/ui/external-link';
import { logoUrl } from '@/config/env';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { formatDate } from '@/utils/format';

import { maturityLabel, noStatusLabel } from '../maturity';
import { statusHistory, statusOn } from '../status-on';
import { LinkText } from './link-text';

import type { LandscapeItem } from '../schemas';
import type { StatusStep } from '../status-on';

export type ItemPanelProps = {
  item: LandscapeItem;
  /** The date the chart shows. */
  date: string;
  /** The date the data describes. */
  asOf: string;
  onClose: () => void;
  /**
   * The CNCF's own landscape (default); a file the reader opened may be
   * another foundation's, and its statuses are named without "CNCF".
   */
  cncf?: boolean;
  /** The folder of the landscape's logos (see logoBaseOf). */
  logoBase?: string | null;
  /** Move focus to the heading when opened (click, Enter, deep link). */
  autoFocus?: boolean;
};

const STEP_TEXT = {
  sandbox: 'Accepted into the sandbox',
  incubating: 'Moved to incubation',
  graduated: 'Graduated',
  archived: 'Archived',
  none: 'Not a CNCF project',
} as const;

/** One history step as a sentence: "Graduated on 9 August 2018". */
function stepSentence(
  step: StatusStep,
  accepted: string | null,
  cncf: boolean,
): string {
  const what =
    step.status !== 'sandbox' && step.date === accepted
      ? `Accepted straight into ${step.status === 'incubating' ? 'incubation' : step.status}`
      : step.status === 'sandbox' && cncf
        ? 'Accepted into the CNCF sandbox'
        : STEP_TEXT[step.status];
  return `${what} on ${formatDate(step.date)}`;
}

/** The status on the viewed date, stated apart from the history. */
function statusThen(item: LandscapeItem, date: string, cncf: boolean) {
  const then = statusOn(item, date);
  if (then === 'none' && item.status)
    return cncf ? 'Not yet in the CNCF' : 'Not yet accepted';
  if (then === 'none' && item.maturity) return maturityLabel(item.maturity);
  return then === 'none' ? noStatusLabel(cncf) : STATUS_LABELS[then];
}

/**
 * Details of one item: logo, status on the viewed date, CNCF history as
 * dated sentences, links. Esc closes it (the caller returns focus).
 */
export function ItemPanel({
  item,
  date,
  asOf,
  onClose,
  cncf = true,
  logoBase,
  autoFocus = true,
}: ItemPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [item.id, autoFocus]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const history = statusHistory(item);
  const headingId = `panel-${item.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 bg-white p-4 shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 items-center gap-3">
          <PanelLogo file={item.logo} base={logoBase} />
          <h2
            id={headingId}
            ref={headingRef}
            tabIndex={-1}
            className="text-xl font-bold [overflow-wrap:anywhere] outline-none"
          >
            {item.name}
          </h2>
        </div>
        <Button
          size="sm"
          variant="secondary"
          onClick={onClose}
          aria-label={`Close details of ${item.name}`}
        >
          ✕ Close
        </Button>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {item.category} › {item.subcategory}
      </p>
      <p className="mt-3 flex items-center gap-2">
        <StatusSwatch status={statusOn(item, date)} />
        <span>
          On {formatDate(date)}, the date shown:{' '}
          <strong>{statusThen(item, date, cncf)}</strong>
        </span>
      </p>
      {statusOn(item, date) !== (item.status ?? 'none') && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {item.status ? STATUS_LABELS[item.status] : noStatusLabel(cncf)} as of{' '}
          {formatDate(asOf)} (the date of the data).
        </p>
      )}
      {item.description && <p className="mt-3">{item.description}</p>}
      <h3 className="mt-4 font-semibold">
        {cncf ? 'CNCF history' : 'History'}
      </h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {item.status
            ? 'The data gives no dates for this project.'
            : item.maturity
              ? `“${maturityLabel(item.maturity)}” is the file’s own maturity level; the file gives no dates.`
              : cncf
                ? 'Not a CNCF project: no CNCF dates.'
                : 'No project status and no dates in the file.'}
        </p>
      ) : (
        <ol className="mt-1 space-y-1 text-sm">
          {history.map((step) => (
            <li
              key={step.date + step.status}
              className="flex items-center gap-2"
            >
              <StatusSwatch status={step.status} />
              <span>{stepSentence(step, item.dates.accepted, cncf)}</span>
            </li>
          ))}
        </ol>
      )}
      <h3 className="mt-4 font-semibold">Links</h3>
      <ul className="mt-1 space-y-1 text-sm">
        <li className="min-w-0">
          Homepage:{' '}
          <ExternalLink href={item.homepageUrl}>
            <LinkText url={item.homepageUrl} />
          </ExternalLink>
        </li>
        <li className="min-w-0">
          Repository:{' '}
          {item.repoUrl ? (
            <ExternalLink href={item.repoUrl}>
              <LinkText url={item.repoUrl} />
            </ExternalLink>
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

/** The item's logo, decorative (the heading names it); hidden if it fails. */
function PanelLogo({
  file,
  base,
}: {
  file: string | null;
  base: string | null | undefined;
}) {
  const [failed, setFailed] = useState(false);
  const src = logoUrl(file, base);
  if (!src || failed) return null;
  return (
    <img
      src={src}
      alt=""
      width={48}
      height={48}
      className="h-12 w-12 shrink-0 rounded bg-white object-contain p-1"
      onError={() => setFailed(true)}
    />
  );
}
