import { useId } from 'react';

import { AwardFilter } from '../../components/award-filter';
import { EMBED_THEMES, MAX_LIMIT } from '../embed-params';
import { ColourOption } from './colour-option';

/** CNCF Explorer blue (`--color-accent-600`): where the accent picker starts. */
const BRAND_ACCENT = '#0b5cad';

import type { Awards } from '../../schemas';
import type { EmbedParams, EmbedTheme } from '../embed-params';

export type EmbedOptionsFormProps = {
  /** The awards file: the award choices come from its categories. */
  awards: Awards;
  params: EmbedParams;
  onChange: (next: EmbedParams) => void;
};

const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: 'Follow the visitor’s system',
  light: 'Light',
  dark: 'Dark',
};

const FIELD = 'text-sm font-medium text-slate-800 dark:text-slate-200';
const CONTROL =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 dark:focus-visible:outline-accent-300';

/** Every embed option, bound to the URL-backed `params`. */
export function EmbedOptionsForm({
  awards,
  params,
  onChange,
}: EmbedOptionsFormProps) {
  const id = useId();
  const set = (patch: Partial<EmbedParams>) =>
    onChange({ ...params, ...patch });
  return (
    <form className="space-y-5" onSubmit={(e) => e.preventDefault()}>
      <AwardFilter
        awards={awards}
        legend="Award"
        value={params.award}
        onChange={(award) => set({ award })}
      />
      <fieldset>
        <legend className={`mb-2 ${FIELD}`}>Theme</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {EMBED_THEMES.map((theme) => (
            <label key={theme} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="embed-theme"
                value={theme}
                checked={params.theme === theme}
                onChange={() => set({ theme })}
                className="accent-accent-600 size-4"
              />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </div>
      </fieldset>
      <ColourOption
        name="bg"
        legend="Background"
        defaultLabel="The theme’s background"
        allowTransparent
        value={params.bg}
        onChange={(bg) => set({ bg })}
      />
      <ColourOption
        name="accent"
        legend="Accent colour (podium marks)"
        defaultLabel="CNCF Explorer blue"
        initialPick={BRAND_ACCENT}
        value={params.accent}
        onChange={(accent) => set({ accent })}
      />
      <div className="flex flex-wrap items-center gap-x-8 gap-y-4">
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-limit`} className={FIELD}>
            Winners per award
          </label>
          <select
            id={`${id}-limit`}
            className={CONTROL}
            value={params.limit ?? ''}
            onChange={(e) =>
              set({ limit: e.target.value ? Number(e.target.value) : null })
            }
          >
            <option value="">All</option>
            {Array.from({ length: MAX_LIMIT }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                Top {n}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={params.title}
            onChange={(e) => set({ title: e.target.checked })}
            className="accent-accent-600 size-4"
          />
          Show the heading
        </label>
      </div>
    </form>
  );
}
