/**
 * The executable package.json names: the CLI bundled into one file (scripts/bundle.ts --cli),
 * started by a launcher from the V8 code cache the build leaves beside it. A bundle can lose
 * what the sources find at run time (the holiday libraries, the package's templates and
 * schemas), so it runs the commands that read them and is compared with the sources run the
 * same way; a cache only saves time, so a foreign one changes nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, spawnCli } from '../helpers/cli.js';
import { AS_OF, REPO } from '../helpers/policies.js';

const scratch = join(REPO, '.tmp', 'test-bin');
const bundle = join(scratch, 'supportops.mjs');

function runBundle(argv: string[], launcher = bundle) {
  const result = spawnSync(process.execPath, [launcher, ...argv, '--no-cache'], { cwd: REPO, env: { PATH: process.env.PATH ?? '', CI: 'true' }, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the bundled executable', () => {
  beforeAll(() => {
    mkdirSync(scratch, { recursive: true });
    // Inside the repository, as lib/ is: the bundle finds the package's folder by walking up.
    execFileSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/bundle.ts', '--cli', bundle], { cwd: REPO, stdio: 'ignore' });
  }, 120_000);

  it('is what package.json runs as supportops', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin.supportops).toBe('lib/supportops.mjs');
    expect(pkg.scripts.build).toContain('scripts/bundle.ts --cli');
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('is ASCII, as the committed Action bundle is (a single other character makes V8 hold the source as two-byte)', () => {
    for (const file of [join(scratch, 'supportops-bundle.cjs'), join(REPO, 'dist', 'index.js')]) {
      expect(readFileSync(file).every((byte) => byte < 0x80), file).toBe(true);
    }
  });

  it('checks the example as the sources do, holidays and all', () => {
    const argv = ['check', 'policies', '--as-of', AS_OF, '--format', 'json'];
    const bundled = runBundle(argv);
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toBe(spawnCli(argv).stdout);
  }, 60_000);

  it('builds the golden files, templates and schemas included', () => {
    const out = mkdtempSync(join(tmpdir(), 'supportops-bin-'));
    expect(runBundle(['build', 'policies', '--out', out, '--as-of', AS_OF]).code).toBe(0);
    expect(snapshot(out)).toEqual(snapshot(join(REPO, 'test', 'golden', 'example')));
  }, 60_000);

  it('says what is wrong with a bad command line, without a stack trace', () => {
    const bad = runBundle(['check', 'policies', '--as-of', 'tomorrow']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^supportops: .*--as-of/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('leaves a code cache that this Node.js accepts for the bundle', () => {
    const code = join(scratch, 'supportops-bundle.cjs');
    const script = new Script(Module.wrap(readFileSync(code, 'utf8')), { filename: code, cachedData: readFileSync(join(scratch, 'supportops-bundle.code-cache')) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('runs the same from a code cache V8 rejects (another Node.js made it): same output, nothing on stderr', () => {
    const foreign = mkdtempSync(join(scratch, 'foreign-'));
    for (const file of ['supportops.mjs', 'supportops-bundle.cjs']) copyFileSync(join(scratch, file), join(foreign, file));
    writeFileSync(join(foreign, 'supportops-bundle.code-cache'), Buffer.alloc(4096, 7));
    const argv = ['check', 'policies', '--as-of', AS_OF, '--format', 'json'];
    const fromForeign = runBundle(argv, join(foreign, 'supportops.mjs'));
    expect(fromForeign.stderr).toBe('');
    expect(fromForeign.stdout).toBe(runBundle(argv).stdout);
  }, 60_000);
});
