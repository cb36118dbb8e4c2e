/** Why a data file could not be used. */
export type DataErrorKind =
  'network' | 'timeout' | 'http' | 'invalid-json' | 'schema' | 'version';

export type DataErrorOptions = {
  kind: DataErrorKind;
  /** File name shown to the user, such as `awards.json`. */
  file: string;
  url: string;
  /** One line per problem, such as `categories[0].winners[2].rank: expected a number`. */
  details?: string[];
  status?: number;
  cause?: unknown;
};

/**
 * The one error type the data layer throws. Its message always names the
 * file, so the UI can show it as is.
 */
export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly file: string;
  readonly url: string;
  readonly details: string[];
  readonly status: number | undefined;

  constructor(summary: string, options: DataErrorOptions) {
    super(`${options.file}: ${summary}`, { cause: options.cause });
    this.name = 'DataError';
    this.kind = options.kind;
    this.file = options.file;
    this.url = options.url;
    this.details = options.details ?? [];
    this.status = options.status;
  }

  /** Whether trying again could help (the data itself is not at fault). */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 500) >= 500)
    );
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}
