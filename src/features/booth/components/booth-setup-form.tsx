import { useState } from 'react';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';

import {
  BOOTH_THEMES,
  MAX_INTERVAL_S,
  MIN_INTERVAL_S,
  SLIDE_IDS,
  SLIDE_LABELS,
} from '../booth-params';

import type { BoothConfig, BoothTheme, SlideId } from '../booth-params';

export type BoothSetupFormProps = {
  config: BoothConfig;
  onChange: (config: BoothConfig) => void;
};

const THEME_LABELS: Record<BoothTheme, string> = {
  dark: 'Dark background',
  light: 'Light background',
  system: 'Follow the screen’s setting',
};

const FIELDSET = 'rounded-xl border border-slate-300 p-4 dark:border-slate-700';
const LEGEND = 'px-1 font-semibold';
const CHOICE = 'flex items-center gap-3 py-1';
const INPUT = cn('size-5 shrink-0 accent-accent-600', FOCUS_RING);

/** Slides, interval, theme and QR codes for the booth URL. */
export function BoothSetupForm({ config, onChange }: BoothSetupFormProps) {
  const [intervalText, setIntervalText] = useState(
    String(config.intervalSeconds),
  );
  const interval = Number(intervalText);
  const intervalValid =
    /^\d+$/.test(intervalText) &&
    interval >= MIN_INTERVAL_S &&
    interval <= MAX_INTERVAL_S;

  const toggleSlide = (id: SlideId, on: boolean) => {
    const slides = on
      ? SLIDE_IDS.filter((s) => s === id || config.slides.includes(s))
      : config.slides.filter((s) => s !== id);
    onChange({ ...config, slides });
  };

  return (
    <form className="space-y-5" onSubmit={(e) => e.preventDefault()}>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Slides</legend>
        {SLIDE_IDS.map((id) => {
          const checked = config.slides.includes(id);
          const last = checked && config.slides.length === 1;
          return (
            <label key={id} className={CHOICE}>
              <input
                type="checkbox"
                className={INPUT}
                checked={checked}
                disabled={last}
                onChange={(e) => toggleSlide(id, e.target.checked)}
              />
              {SLIDE_LABELS[id]}
              {last && (
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  (at least one slide is needed)
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
      <div>
        <label htmlFor="booth-interval" className="block font-semibold">
          Seconds per slide
        </label>
        <input
          id="booth-interval"
          type="number"
          inputMode="numeric"
          min={MIN_INTERVAL_S}
          max={MAX_INTERVAL_S}
          step={1}
          value={intervalText}
          aria-invalid={!intervalValid}
          aria-describedby="booth-interval-hint"
          onChange={(e) => {
            const text = e.target.value;
            setIntervalText(text);
            const n = Number(text);
            if (
              /^\d+$/.test(text) &&
              n >= MIN_INTERVAL_S &&
              n <= MAX_INTERVAL_S
            ) {
              onChange({ ...config, intervalSeconds: n });
            }
          }}
          className={cn(
            'mt-1 w-28 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900',
            FOCUS_RING,
          )}
        />
        <p
          id="booth-interval-hint"
          className={cn(
            'mt-1 text-sm',
            intervalValid
              ? 'text-slate-600 dark:text-slate-400'
              : 'font-semibold text-red-700 dark:text-red-300',
          )}
        >
          {intervalValid
            ? `A whole number from ${MIN_INTERVAL_S} to ${MAX_INTERVAL_S}.`
            : `Enter a whole number from ${MIN_INTERVAL_S} to ${MAX_INTERVAL_S}; the address keeps ${config.intervalSeconds}.`}
        </p>
      </div>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>Theme</legend>
        {BOOTH_THEMES.map((theme) => (
          <label key={theme} className={CHOICE}>
            <input
              type="radio"
              name="booth-theme"
              className={INPUT}
              checked={config.theme === theme}
              onChange={() => onChange({ ...config, theme })}
            />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      <label className={CHOICE}>
        <input
          type="checkbox"
          className={INPUT}
          checked={config.qr}
          onChange={(e) => onChange({ ...config, qr: e.target.checked })}
        />
        Show a QR code on each slide (opens the same view on a phone)
      </label>
    </form>
  );
}
