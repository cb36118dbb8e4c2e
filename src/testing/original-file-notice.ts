/**
 * The one line a test run prints when `LANDSCAPE_YML` is not set: the tests
 * that compare with the original landscape.yml do not run; every other test
 * runs on the committed data.
 */
export function originalFileNotice(): string | null {
  if (process.env.LANDSCAPE_YML) return null;
  return 'LANDSCAPE_YML is not set: the tests that need the original cncf/landscape landscape.yml do not run (everything else runs on the committed data; CI sets it).';
}
