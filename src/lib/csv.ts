/** A CSV cell: text, a number, or empty for `null`. */
export type CsvValue = string | number | null;

/**
 * One field per RFC 4180: quoted when it holds a comma, quote or line
 * break. A text starting with `= + - @` gets a leading apostrophe so a
 * spreadsheet shows it instead of running it as a formula.
 */
function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header row and data rows as CSV text, CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  return [header, ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}
