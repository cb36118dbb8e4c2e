export type LinkTextProps = {
  /** The full URL; shown without its scheme, whole on hover (title). */
  url: string;
};

/**
 * A URL as link text that wraps anywhere instead of widening its column
 * ("prometheus.io" for "https://prometheus.io/"); the full URL is the
 * title, so hovering shows it, and it is what the link opens.
 */
export function LinkText({ url }: LinkTextProps) {
  const short = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return (
    <span title={url} className="break-all">
      {short}
    </span>
  );
}
