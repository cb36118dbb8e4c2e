import { useTheme } from '@/hooks/use-theme';
import { cn } from '@/utils/cn';

import { FOCUS_RING } from '../ui/focus-ring';

import type { ThemePreference } from '@/hooks/use-theme';

const OPTIONS: { value: ThemePreference; label: string; icon: string }[] = [
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'system', label: 'System', icon: '◐' },
  { value: 'dark', label: 'Dark', icon: '☾' },
];

/** Three-way theme switch: light, follow the system, dark. */
export function ThemeToggle() {
  const { preference, setPreference } = useTheme();
  return (
    <fieldset className="flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600">
      <legend className="sr-only">Colour theme</legend>
      {OPTIONS.map((option) => (
        <label
          key={option.value}
          title={`${option.label} theme`}
          className={cn(
            'has-[:focus-visible]:outline-accent-600 flex h-7 min-w-7 cursor-pointer items-center justify-center rounded px-1.5 text-sm has-[:focus-visible]:outline-2',
            preference === option.value
              ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
              : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
          )}
        >
          <input
            type="radio"
            name="theme"
            value={option.value}
            checked={preference === option.value}
            onChange={() => setPreference(option.value)}
            className={cn('sr-only', FOCUS_RING)}
          />
          <span aria-hidden="true">{option.icon}</span>
          <span className="sr-only">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
