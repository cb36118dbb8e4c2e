/**
 * `npm test`: every check a reviewer needs, in phases. Scripts inside a
 * phase run at once (each mostly uses one core of the two); a phase starts
 * when the previous one has passed, and the first failure stops the run.
 * Prints each phase's wall time at the end.
 *
 * `npm test -- --only unit,e2e` runs only the phases named.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** A phase: npm scripts that may run side by side. */
type Phase = { name: string; scripts: string[] };

const PHASES: Phase[] = [
  // tsc and ESLint are single-threaded: one core each.
  { name: 'static', scripts: ['typecheck', 'lint'] },
  { name: 'unit', scripts: ['unit'] },
  // The production build with the test instrumentation (performance marks,
  // the canvas's drawn counts: src/config/instrument.ts) and the mock-mode
  // build for the fault journeys; e2e/playwright.config.ts serves both.
  { name: 'build', scripts: ['build:test', 'build:mock'] },
  { name: 'e2e', scripts: ['e2e'] },
];

function runScript(script: string, prefix: boolean): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: process.env,
    });
    if (prefix) {
      // Side-by-side scripts: label each line so the output stays readable.
      for (const stream of [child.stdout, child.stderr]) {
        let rest = '';
        stream?.setEncoding('utf8');
        stream?.on('data', (chunk: string) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines)
            process.stdout.write(`[${script}] ${line}\n`);
        });
        stream?.on('end', () => {
          if (rest) process.stdout.write(`[${script}] ${rest}\n`);
        });
      }
    }
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<void> {
  const onlyArg = process.argv.indexOf('--only');
  const only =
    onlyArg === -1 ? null : new Set(process.argv[onlyArg + 1]?.split(','));
  const phases = PHASES.filter((p) => !only || only.has(p.name));
  const timings: string[] = [];
  const start = performance.now();
  for (const phase of phases) {
    const phaseStart = performance.now();
    process.stdout.write(`\n▶ ${phase.name}: ${phase.scripts.join(' + ')}\n`);
    const codes = await Promise.all(
      phase.scripts.map((s) => runScript(s, phase.scripts.length > 1)),
    );
    const took = performance.now() - phaseStart;
    timings.push(`${phase.name.padEnd(7)} ${seconds(took)}`);
    const failed = phase.scripts.filter((_, i) => codes[i] !== 0);
    if (failed.length > 0) {
      process.stdout.write(`\n✖ ${failed.join(', ')} failed\n`);
      process.stdout.write(`${timings.join('\n')}\n`);
      process.exit(1);
    }
  }
  timings.push(`${'total'.padEnd(7)} ${seconds(performance.now() - start)}`);
  process.stdout.write(`\n✔ all passed\n${timings.join('\n')}\n`);
}

void main();
