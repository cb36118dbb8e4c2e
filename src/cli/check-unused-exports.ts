/**
 * `npm run lint` (second half): fails when a module exports something no
 * other module imports — the app, its tests, the e2e suite, the build and
 * the benchmarks all count as users. Exported types are allowed (they
 * document a module's API), and so are route modules' `loader` and
 * `Component`, which React Router loads by name.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { analyzeTsConfig } from 'ts-unused-exports';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Modules whose exports are read by a framework, not by an import. */
const FRAMEWORK_ENTRIES = [
  /^src\/app\/routes\/[^/]+\.tsx$/,
  /^vite\.config\.ts$/,
  /^e2e\/playwright\.config\.ts$/,
  /^src\/testing\/global-setup\.ts$/,
  // Loaded with import() in main.tsx, which the analyser does not follow.
  /^src\/testing\/mocks\/browser\.ts$/,
];

// One program over everything that may import: the app's tsconfig plus e2e.
const dir = mkdtempSync(path.join(tmpdir(), 'unused-exports-'));
const config = path.join(dir, 'tsconfig.json');
writeFileSync(
  config,
  JSON.stringify({
    extends: path.join(ROOT, 'tsconfig.json'),
    // The analyser reads `paths` from this file only, not through extends.
    compilerOptions: { baseUrl: ROOT, paths: { '@/*': ['./src/*'] } },
    include: ['src', 'e2e', 'vite.config.ts'].map((p) => path.join(ROOT, p)),
  }),
);
try {
  const { unusedExports } = analyzeTsConfig(config, [
    '--allowUnusedTypes',
    '--ignoreFiles=\\.d\\.ts$',
  ]);
  const findings = Object.entries(unusedExports)
    .map(([file, names]) => [path.relative(ROOT, file), names] as const)
    .filter(([file]) => !FRAMEWORK_ENTRIES.some((re) => re.test(file)))
    .sort(([a], [b]) => a.localeCompare(b));
  for (const [file, names] of findings) {
    for (const { exportName, location } of names)
      process.stderr.write(
        `${file}:${location?.line ?? 1}: "${exportName}" is exported but never imported\n`,
      );
  }
  if (findings.length > 0) {
    process.stderr.write(
      `\n${findings.length} modules export what no module imports: drop the export (or the code).\n`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
