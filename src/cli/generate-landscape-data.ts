/**
 * `npm run data:landscape -- <landscape.yml> [--commit SHA] [--date YYYY-MM-DD]
 * [--repository owner/name] [--logos DIR] [--out DIR]`
 *
 * Generates the app's shipped landscape data from a landscape.yml with the
 * app's own importer: `public/data/v1/landscape/index.json` and one file
 * per category. `--logos` copies the logos the data names into
 * `public/logos/` (git-ignored) for self-hosting.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFile,
  mkdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';

import { isCalendarDate } from '@/features/landscape/import/field-rules';
import { formatProblem } from '@/features/landscape/import/format-problem';
import { generateShippedFiles } from '@/features/landscape/shipped/build-shipped-data';
import { LANDSCAPE_LICENCE } from '@/features/landscape/shipped/landscape-licence';
import {
  CATEGORY_DIR,
  SHIPPED_LANDSCAPE_DIR,
} from '@/features/landscape/shipped/shipped-files';

import { fail, readArgs } from './cli-common';

const USAGE =
  'Usage: npm run data:landscape -- <landscape.yml> [--commit SHA] [--date YYYY-MM-DD] [--repository owner/name] [--logos DIR] [--out DIR]';
const DEFAULT_OUT = path.join('public', 'data', SHIPPED_LANDSCAPE_DIR);
/** Git-ignored: logos are their owners' trademarks and are not committed. */
const LOGO_OUT = path.join('public', 'logos');

const OPTIONS = {
  commit: { type: 'string' },
  date: { type: 'string' },
  repository: { type: 'string', default: 'cncf/landscape' },
  logos: { type: 'string' },
  out: { type: 'string', default: DEFAULT_OUT },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The last commit of the file and its date, when it sits in a git clone. */
function gitOrigin(file: string): { commit: string; date: string } | null {
  try {
    const out = execFileSync(
      'git',
      ['log', '-1', '--format=%H %cs', '--', path.basename(file)],
      {
        cwd: path.dirname(file),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim();
    const [commit, date] = out.split(' ');
    return commit && date ? { commit, date } : null;
  } catch {
    return null;
  }
}

async function copyLogos(dir: string, logos: Set<string>) {
  await rm(LOGO_OUT, { recursive: true, force: true });
  await mkdir(LOGO_OUT, { recursive: true });
  const missing: string[] = [];
  for (const logo of logos) {
    // Names come from the file: never let one escape the folders.
    if (logo !== path.basename(logo)) {
      missing.push(logo);
      continue;
    }
    await copyFile(path.join(dir, logo), path.join(LOGO_OUT, logo)).catch(() =>
      missing.push(logo),
    );
  }
  const copied = logos.size - missing.length;
  process.stdout.write(
    `Copied ${copied} of ${logos.size} logos to ${LOGO_OUT}/\n`,
  );
  if (missing.length > 0) {
    process.stdout.write(
      `Not found in ${dir} (${missing.length}): ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}\n`,
    );
  }
}

async function main() {
  const { values, positionals } = readArgs(OPTIONS, USAGE);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) fail(USAGE, 2);
  const [source, info] = await Promise.all([
    readFile(file, 'utf8'),
    stat(file),
  ]).catch((error: NodeJS.ErrnoException) =>
    fail(`Cannot read ${file}: ${error.code ?? error.message}`),
  );
  // Without flags: the file's last commit when it sits in a clone of the
  // repository, else no commit and the file's modification date.
  const git = values.commit || values.date ? null : gitOrigin(file);
  const commit = values.commit ?? git?.commit ?? null;
  const date =
    values.date ?? git?.date ?? info.mtime.toISOString().slice(0, 10);
  if (commit !== null && !/^[0-9a-f]{40}$/.test(commit))
    fail(`--commit "${commit}" is not a full 40-character commit hash`, 2);
  if (!isCalendarDate(date))
    fail(`--date "${date}" is not a date (YYYY-MM-DD)`, 2);
  const origin = {
    repository: values.repository,
    file: path.basename(file),
    commit,
    date,
    ...LANDSCAPE_LICENCE,
  };
  const result = generateShippedFiles(source, origin.file, origin);
  if (!('files' in result)) {
    const details = result.problems
      .slice(0, 20)
      .map((p) => `  ${formatProblem(p)}`);
    fail([result.message, ...details].join('\n'));
  }
  const { full, data, files } = result;
  const rejections = full.rejected.flatMap((r) => r.reasons);
  for (const problem of [...full.problems, ...rejections])
    process.stderr.write(`${formatProblem(problem)}\n`);
  if (full.rejected.length > 0) {
    fail(
      `${full.rejected.length} items cannot be shown (listed above); fix the file or the importer: the shipped data must hold every item.`,
    );
  }
  const out = path.resolve(values.out);
  await rm(path.join(out, CATEGORY_DIR), { recursive: true, force: true });
  await mkdir(path.join(out, CATEGORY_DIR), { recursive: true });
  for (const [name, text] of files) {
    await writeFile(path.join(out, name), text);
  }
  process.stdout.write(
    `${data.index.items} items in ${data.index.categories.length} categories from ${file} (${commit ?? 'no commit'}, ${date}) → ${path.relative(process.cwd(), out) || out}/\n`,
  );
  if (values.logos) {
    const logos = new Set(
      full.items.flatMap((item) => (item.logo ? [item.logo] : [])),
    );
    await copyLogos(values.logos, logos);
  }
}

await main();
