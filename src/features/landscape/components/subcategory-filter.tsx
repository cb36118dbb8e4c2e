import { FOCUS_RING } from '@/components/ui/focus-ring';
import { cn } from '@/utils/cn';

export type SubcategoryFilterProps = {
  names: readonly string[];
  /** Subcategories shown; empty means all. */
  selected: readonly string[];
  onChange: (next: string[]) => void;
};

/** Checkboxes for the subcategories in scope, folded away for long lists. */
export function SubcategoryFilter({
  names,
  selected,
  onChange,
}: SubcategoryFilterProps) {
  const isShown = (n: string) => selected.length === 0 || selected.includes(n);
  const shownCount = names.filter(isShown).length;
  const toggle = (name: string) => {
    const shown = names.filter(isShown);
    const next = shown.includes(name)
      ? shown.filter((n) => n !== name)
      : [...shown, name];
    onChange(
      next.length === names.length || next.length === 0
        ? []
        : names.filter((n) => next.includes(n)),
    );
  };
  return (
    <details className="relative">
      <summary
        className={cn(
          'flex h-10 cursor-pointer items-center rounded-md border border-slate-300 px-3 text-sm dark:border-slate-600',
          FOCUS_RING,
        )}
      >
        Subcategories ({shownCount} of {names.length})
      </summary>
      <fieldset className="absolute z-20 mt-1 max-h-80 w-72 overflow-y-auto rounded-md border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900">
        <legend className="sr-only">Subcategories shown</legend>
        {names.map((name) => (
          <label key={name} className="flex items-center gap-2 py-1 text-sm">
            <input
              type="checkbox"
              checked={isShown(name)}
              onChange={() => toggle(name)}
              className="size-4"
            />
            {name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export type ZoomSelectProps = {
  names: readonly string[];
  zoom: string | null;
  onZoom: (subcategory: string | null) => void;
};

/** Zoom into one subcategory (the keyboard way to do what a heading click does). */
export function ZoomSelect({ names, zoom, onZoom }: ZoomSelectProps) {
  return (
    <label className="flex flex-col text-sm font-semibold">
      Zoom into
      <select
        value={zoom ?? ''}
        onChange={(event) => onZoom(event.target.value || null)}
        className={cn(
          'mt-1 h-10 rounded-md border border-slate-300 bg-white px-2 font-normal dark:border-slate-600 dark:bg-slate-900',
          FOCUS_RING,
        )}
      >
        <option value="">All subcategories</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
