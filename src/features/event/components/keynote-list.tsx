import type { Keynote } from '../schemas';

export type KeynoteListProps = { keynotes: Keynote[] };

function speakerLine(keynote: Keynote): string | null {
  if (keynote.speakers.length === 0) return null;
  return keynote.speakers
    .map((s) => (s.organization ? `${s.name} (${s.organization})` : s.name))
    .join(', ');
}

export function KeynoteList({ keynotes }: KeynoteListProps) {
  return (
    <ol className="space-y-4">
      {keynotes.map((keynote) => {
        const speakers = speakerLine(keynote);
        return (
          <li
            key={keynote.id}
            className="border-accent-600 dark:border-accent-400 grid gap-1 border-l-4 pl-4 sm:grid-cols-[6rem_1fr] sm:gap-4"
          >
            <p className="text-sm font-semibold text-slate-600 dark:text-slate-400">
              {keynote.day === null ? 'Day not given' : `Day ${keynote.day}`}
            </p>
            <div>
              <h3 className="font-semibold">{keynote.title}</h3>
              <p className="text-slate-700 dark:text-slate-300">
                {keynote.summary}
              </p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {speakers
                  ? `With ${speakers}`
                  : 'Speakers not named in the source'}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
