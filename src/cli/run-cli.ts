import { spawn } from 'node:child_process';
import path from 'node:path';

/** What one run of `npm run import-landscape` did. */
export type CliRun = {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole process, start-up included. */
  ms: number;
  /** The process's peak resident memory. */
  maxRssMb: number;
};

/** Prints the peak resident memory as the process exits. */
const REPORT_RSS =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss-kb:"+process.resourceUsage().maxRSS+"\\n"))';

/**
 * Runs the import CLI in its own Node process, as a reader would, and
 * measures its time and peak memory (used by the tests and `npm run bench`).
 */
export function runImportCli(
  repoRoot: string,
  args: string[],
  timeoutMs = 60_000,
): Promise<CliRun> {
  const script = path.join(repoRoot, 'src/cli/import-landscape.ts');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', REPORT_RSS, script, ...args],
    { cwd: repoRoot, timeout: timeoutMs },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = /\nmaxrss-kb:(\d+)\n/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/\n?maxrss-kb:\d+\n/, ''),
        ms: performance.now() - started,
        maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
      });
    });
  });
}
