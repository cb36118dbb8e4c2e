import { cn } from '@/utils/cn';

import type { EventTheme } from '../schemas';

const EMPHASIS_LABEL: Record<EventTheme['emphasis'], string> = {
  dominant: 'Main theme',
  buzz: 'The buzz',
  notable: 'Also notable',
};

export type ThemeListProps = { themes: EventTheme[] };

export function ThemeList({ themes }: ThemeListProps) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {themes.map((theme) => (
        <li
          key={theme.id}
          className={cn(
            'rounded-xl border p-5',
            theme.emphasis === 'dominant'
              ? 'border-accent-300 bg-accent-50 dark:border-accent-700 dark:bg-slate-900'
              : 'border-slate-200 dark:border-slate-800',
          )}
        >
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {EMPHASIS_LABEL[theme.emphasis]}
          </p>
          <h3 className="mt-1 text-lg font-semibold">{theme.title}</h3>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {theme.summary}
          </p>
        </li>
      ))}
    </ul>
  );
}
