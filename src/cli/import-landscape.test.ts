// @vitest-environment node
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import smallYaml from '@/features/landscape/import/fixtures/small-landscape.yml?raw';
import {
  aliasBombYaml,
  landscapeAliasBombYaml,
} from '@/features/landscape/import/hostile-files';

import { runImportCli } from './run-cli';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir = '';
const at = (name: string) => path.join(dir, name);
const cli = (...args: string[]) => runImportCli(ROOT, args);
/** A Node stack trace line: never shown to the reader. */
const STACK = /^\s+at .+\(.+:\d+:\d+\)$/m;

function utf16le(text: string): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(text, 'utf16le'),
  ]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'import-cli-'));
  await writeFile(at('small.yml'), smallYaml);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('import-landscape CLI: output problems', () => {
  it.each([
    [
      'a missing folder',
      () => at('missing/out.json'),
      /no such file or folder \(is .*missing there\?\)/,
    ],
    ['a folder', () => dir, /it is a folder, not a file/],
    ['a full disk', () => '/dev/full', /the disk is full/],
  ])(
    '--out into %s: one clear line, exit 1',
    async (_, out, reason) => {
      const run = await cli(at('small.yml'), '--out', out());
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^Cannot write .+: /);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toContain('Nothing was written');
      expect(run.stderr).not.toMatch(STACK);
    },
    30_000,
  );
});

describe('import-landscape CLI: input problems', () => {
  it('reads UTF-16 and UTF-8 with a byte-order mark as the browser does', async () => {
    await writeFile(at('utf16.yml'), utf16le(smallYaml));
    await writeFile(at('bom8.yml'), `\uFEFF${smallYaml}`);
    const plain = await cli(at('small.yml'), '--out', at('a.json'));
    const wide = await cli(at('utf16.yml'), '--out', at('b.json'));
    const marked = await cli(at('bom8.yml'), '--out', at('c.json'));
    expect(plain.code).toBe(0);
    const written = (run: typeof plain) =>
      /wrote (\d+) items/.exec(run.stdout)?.[1];
    expect(written(wide)).toBe(written(plain));
    expect(written(marked)).toBe(written(plain));
    expect(wide.code).toBe(0);
  }, 30_000);

  it('refuses a file over the size budget before reading it', async () => {
    await writeFile(at('huge.yml'), 'landscape: []\n');
    await truncate(at('huge.yml'), 200 * 1024 * 1024); // sparse: no disk used
    const run = await cli(at('huge.yml'), '--out', at('huge.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^huge\.yml is 200 MB; the importer reads files of at most 16 MB/,
    );
    expect(run.maxRssMb).toBeLessThan(200);
  }, 30_000);

  it('exits 1 when the file yields no landscape', async () => {
    await writeFile(at('empty.yml'), 'landscape: []\n');
    await writeFile(at('bomb-root.yml'), landscapeAliasBombYaml());
    const empty = await cli(at('empty.yml'), '--out', at('e.json'));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^empty\.yml has no items to show/);
    const bomb = await cli(at('bomb-root.yml'), '--out', at('f.json'));
    expect(bomb.code).toBe(1);
    expect(bomb.stderr).toMatch(/too much to import: aliases that expand/);
  }, 30_000);

  it('stops the 344 KB alias bomb quickly with bounded memory', async () => {
    await writeFile(at('bomb.yml'), aliasBombYaml());
    const run = await cli(at('bomb.yml'), '--out', at('g.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /at line \d+; the importer reads at most 100,000 nodes expanded through aliases/,
    );
    expect(run.maxRssMb).toBeLessThan(200);
    // How fast is `npm run bench`'s business (a timed assertion flakes on a
    // busy machine); a hang still fails this test by its time-out.
  }, 30_000);

  it('names a missing input file in one line', async () => {
    const run = await cli(at('nope.yml'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^Cannot read .*nope\.yml: no such file or folder/,
    );
    expect(run.stderr).not.toMatch(STACK);
  }, 30_000);
});
