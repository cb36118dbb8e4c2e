import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

/** `push` adds a history entry (Back undoes it); the default replaces it. */
export type SearchStateOptions = { push?: boolean };

type Pending<T> = { value: T; written: string[] };

/**
 * State kept in the URL's search params, so a view can be shared and Back
 * and Forward work. `parse` reads the params leniently; `write` gives the
 * params for a value, from the current ones (so it can keep parameters that
 * are not part of the state, such as a loaded landscape's `?source=`).
 *
 * The router applies a URL change a moment later (in a transition), so the
 * value written is shown at once until the URL catches up: two quick
 * changes never undo each other. A URL change this hook did not write
 * (Back, Forward, a link) wins at once. Once the URL has caught up, the
 * value written stays (the same object, not a new parse of the same URL)
 * until the URL changes again. `parse` and `write` should be
 * module-level functions (stable identities).
 */
export function useSearchState<T>(
  parse: (params: URLSearchParams) => T,
  write: (value: T, current: URLSearchParams) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const parsed = useMemo(() => parse(new URLSearchParams(key)), [parse, key]);
  const [seen, setSeen] = useState(key);
  const [pending, setPending] = useState<Pending<T> | null>(null);
  if (key !== seen) {
    setSeen(key);
    const index = pending ? pending.written.lastIndexOf(key) : -1;
    if (pending && index >= 0) {
      // Still catching up, or caught up: the URL now says what the value
      // written says, so that value (the same object) stays, and nothing
      // derived from it is computed again when the URL arrives.
      setPending({ ...pending, written: pending.written.slice(index + 1) });
    } else {
      setPending(null);
    }
  }
  const value = pending ? pending.value : parsed;

  const setValue = useCallback(
    (next: T, options: SearchStateOptions = {}) => {
      const out = write(next, new URLSearchParams(key));
      setPending((current) => ({
        value: next,
        written: [...(current?.written ?? []), out.toString()],
      }));
      setParams(out, { replace: !options.push, preventScrollReset: true });
    },
    [write, key, setParams],
  );
  return [value, setValue, params] as const;
}

/** For `write`: keeps the named parameters of `current` (e.g. `?source=`). */
export function keepParams(
  out: URLSearchParams,
  current: URLSearchParams,
  names: readonly string[],
): URLSearchParams {
  for (const name of names) {
    const value = current.get(name);
    if (value !== null) out.set(name, value);
  }
  return out;
}
