import { useId, useState } from 'react';

export type ColourOptionProps = {
  name: string;
  legend: string;
  /** Label of the `null` choice (the theme's own colour). */
  defaultLabel: string;
  allowTransparent?: boolean;
  value: string | null;
  /** Where the picker starts when no colour was picked yet (`#rrggbb`). */
  initialPick?: string;
  onChange: (value: string | null) => void;
};

const HEX6 = /^#[0-9a-f]{6}$/;
const FALLBACK_PICK = '#f1f5f9';

type Choice = 'default' | 'transparent' | 'custom';

function choiceOf(value: string | null): Choice {
  if (value === null) return 'default';
  return value === 'transparent' ? 'transparent' : 'custom';
}

/**
 * Default, transparent or a picked colour. The picker only yields
 * `#rrggbb`, which always passes the embed's colour check.
 */
export function ColourOption({
  name,
  legend,
  defaultLabel,
  allowTransparent = false,
  value,
  initialPick = FALLBACK_PICK,
  onChange,
}: ColourOptionProps) {
  const id = useId();
  const [lastPick, setLastPick] = useState(
    value && HEX6.test(value) ? value : initialPick,
  );
  const choice = choiceOf(value);
  const choices: { value: Choice; label: string }[] = [
    { value: 'default', label: defaultLabel },
    ...(allowTransparent
      ? [{ value: 'transparent' as const, label: 'Transparent' }]
      : []),
    { value: 'custom', label: 'Custom colour' },
  ];
  const pick = (next: Choice) =>
    onChange(
      next === 'default'
        ? null
        : next === 'transparent'
          ? 'transparent'
          : lastPick,
    );
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">
        {legend}
      </legend>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        {choices.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={name}
              checked={choice === option.value}
              onChange={() => pick(option.value)}
              className="accent-accent-600 size-4"
            />
            {option.label}
          </label>
        ))}
        {choice === 'custom' && (
          <span className="flex items-center gap-2 text-sm">
            <label htmlFor={`${id}-pick`} className="sr-only">
              {legend}: pick a colour
            </label>
            <input
              id={`${id}-pick`}
              type="color"
              value={value && HEX6.test(value) ? value : lastPick}
              onChange={(e) => {
                setLastPick(e.target.value);
                onChange(e.target.value);
              }}
              className="h-8 w-12 cursor-pointer rounded border border-slate-300 dark:border-slate-600"
            />
            <code className="font-mono">{value}</code>
          </span>
        )}
      </div>
    </fieldset>
  );
}
