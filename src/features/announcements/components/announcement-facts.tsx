import { Link } from 'react-router';

import { ExternalLink } from '@/components/ui/external-link';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { NotPublished } from '@/components/ui/not-published';
import { paths } from '@/config/paths';
import { cn } from '@/utils/cn';
import { formatDate, formatFigure } from '@/utils/format';

import { ANNOUNCEMENT_KIND_LABELS } from '../schemas';

import type { Announcement } from '../schemas';
import type { Source } from '@/lib/schemas/common';

export type AnnouncementFactsProps = {
  announcement: Announcement;
  sources: Source[];
};

const LINK = cn(
  'text-accent-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-accent-300',
  FOCUS_RING,
);
const TERM = 'text-sm font-semibold text-slate-600 dark:text-slate-400';

/** The landscape name of an item: the project whose slug it is, if any. */
function landscapeName(announcement: Announcement, slug: string): string {
  const toSlug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return announcement.projects.find((p) => toSlug(p) === slug) ?? slug;
}

function Names({ label, names }: { label: string; names: string[] }) {
  return (
    <div>
      <dt className={TERM}>{label}</dt>
      <dd className="mt-0.5">
        {names.length ? names.join(', ') : <NotPublished />}
      </dd>
    </div>
  );
}

/** Every fact the data holds about one announcement. */
export function AnnouncementFacts({
  announcement: a,
  sources,
}: AnnouncementFactsProps) {
  return (
    <>
      <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
        {ANNOUNCEMENT_KIND_LABELS[a.kind]}
      </p>
      <h1 className="mt-1 text-3xl font-bold text-balance">{a.title}</h1>
      <p className="mt-4 max-w-3xl text-lg text-slate-800 dark:text-slate-200">
        {a.summary}
      </p>
      {a.figures.length > 0 && (
        <section aria-labelledby="figures-heading" className="mt-6">
          <h2 id="figures-heading" className="sr-only">
            Key figures
          </h2>
          <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {a.figures.map((f) => (
              <div
                key={f.label}
                className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
              >
                <dt className="text-sm text-slate-600 dark:text-slate-400">
                  {f.label}
                </dt>
                <dd className="mt-1 text-2xl font-bold tabular-nums">
                  {formatFigure(f)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="text-lg font-semibold">
            Details
          </h2>
          <ul className="mt-2 list-disc space-y-1.5 pl-5 text-slate-800 dark:text-slate-200">
            {a.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          {a.people.length > 0 && (
            <>
              <h2 className="mt-6 text-lg font-semibold">People</h2>
              <ul className="mt-2 space-y-1">
                {a.people.map((p) => (
                  <li key={p.name}>
                    <span className="font-medium">{p.name}</span>
                    {[p.role, p.organization].filter(Boolean).length > 0 && (
                      <span className="text-slate-600 dark:text-slate-400">
                        {' '}
                        ({[p.role, p.organization].filter(Boolean).join(', ')})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <dl className="space-y-4 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <div>
            <dt className={TERM}>Date</dt>
            <dd className="mt-0.5">
              {a.date ? (
                <time dateTime={a.date}>{formatDate(a.date)}</time>
              ) : (
                <span className="text-slate-600 italic dark:text-slate-400">
                  not given by the source
                </span>
              )}
              {a.timing && (
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {a.timing}
                </p>
              )}
            </dd>
          </div>
          <Names label="Organisations" names={a.organizations} />
          <Names label="Projects" names={a.projects} />
          {a.landscapeItem && (
            <div>
              <dt className={TERM}>On the landscape</dt>
              <dd className="mt-0.5">
                <Link
                  className={LINK}
                  to={`${paths.landscape}?item=${encodeURIComponent(a.landscapeItem)}`}
                >
                  {landscapeName(a, a.landscapeItem)} on the observability
                  landscape
                </Link>
              </dd>
            </div>
          )}
          {a.links.length > 0 && (
            <div>
              <dt className={TERM}>Links</dt>
              {a.links.map((l) => (
                <dd key={l.url} className="mt-0.5">
                  <ExternalLink href={l.url}>{l.label}</ExternalLink>
                </dd>
              ))}
            </div>
          )}
          <div>
            <dt className={TERM}>Source</dt>
            {sources.map((s) => (
              <dd key={s.title} className="mt-0.5 text-sm">
                <ExternalLink href={s.url}>{s.title}</ExternalLink> ({s.kind})
                {s.note && (
                  <span className="block text-slate-600 dark:text-slate-400">
                    {s.note}
                  </span>
                )}
              </dd>
            ))}
          </div>
        </dl>
      </div>
    </>
  );
}
