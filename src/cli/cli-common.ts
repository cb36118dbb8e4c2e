import { parseArgs } from 'node:util';

import type { ParseArgsConfig } from 'node:util';

/** Prints `message` to stderr and ends the process with `code`. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * Parses the command line with `options` (positionals allowed); an unknown or
 * malformed option ends the process with exit code 2, the reason and `usage`.
 */
export function readArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  options: O,
  usage: string,
) {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(`${message}\n${usage}`, 2);
  }
}
