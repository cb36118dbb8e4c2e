import type { Figure } from '@/lib/schemas/figure';

const numberFormat = new Intl.NumberFormat('en-US');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

type FigureLike = Pick<Figure, 'value' | 'qualifier'> & {
  max?: number | null | undefined;
  unit?: string | null | undefined;
};

/** The number part of a figure, with the source's hedging: `5,160+`, `about 250`, `20,000–30,000`. */
export function formatFigureValue(figure: FigureLike): string {
  const value = formatNumber(figure.value);
  switch (figure.qualifier) {
    case 'more-than':
    case 'at-least':
      return `${value}+`;
    case 'about':
      return `about ${value}`;
    case 'up-to':
      return `up to ${value}`;
    case 'range':
      return figure.max == null
        ? value
        : `${value}–${formatNumber(figure.max)}`;
    case 'exact':
      return value;
  }
}

/** A figure with its unit: `20,000+ nodes`, `up to 25%`. */
export function formatFigure(figure: FigureLike): string {
  const value = formatFigureValue(figure);
  if (!figure.unit) return value;
  return figure.unit === '%' ? `${value}%` : `${value} ${figure.unit}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function parseIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** `2024-11-12` → `12 November 2024` (calendar dates, no time zone drift). */
export function formatDate(iso: string): string {
  return dateFormat.format(parseIsoDate(iso));
}

/** `12–15 November 2024`, or the two full dates when months differ. */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const [startYear, startMonth] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  if (startYear === endYear && startMonth === endMonth) {
    return `${Number(start.slice(8, 10))}–${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}
