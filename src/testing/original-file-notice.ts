/**
 * The one line a test run prints when `LANDSCAPE_YML` is not set: the tests
 * that compare with the original landscape.yml do not run; every other test
 * runs on the committed data.
 */
export function originalFileNotice(): string | null {
  // Once per process: Vitest runs the global setup once per project.
  if (process.env.LANDSCAPE_YML || process.env.ORIGINAL_FILE_NOTICE_SHOWN)
    return null;
  process.env.ORIGINAL_FILE_NOTICE_SHOWN = '1';
  return 'LANDSCAPE_YML is not set: the tests that need the original cncf/landscape landscape.yml do not run (everything else runs on the committed data; CI sets it).';
}
