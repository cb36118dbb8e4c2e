/**
 * A record's own value for a key, never one inherited from
 * `Object.prototype`: data ids such as `constructor`, `toString` or
 * `__proto__` then read as absent instead of as built-in functions.
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>>,
  key: string,
): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
