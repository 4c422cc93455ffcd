/**
 * Permission problems are the place's, not bugs: an unreadable sub-folder is a located finding
 * and an unwritable parent of --out a plain usage error — never "internal error". Real
 * permissions, so the real executable runs as an unprivileged user (root reads everything).
 */
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyPolicies } from '../helpers/cli.js';
import { REPO } from '../helpers/policies.js';

const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const asRoot = process.getuid?.() === 0;

/** The CLI as user `nobody` when the tests run as root (setpriv, util-linux), else as the user running them. */
function unprivileged(argv: string[], cwd: string) {
  const command = [process.execPath, '--import', TSX, join(REPO, 'src', 'cli', 'main.ts'), ...argv];
  const [file, ...args] = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
  const result = spawnSync(file!, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: '/tmp', CI: 'true' }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('permission problems', () => {
  const dir = copyPolicies();
  chmodSync(dir, 0o755);

  it('an unreadable sub-folder is a located finding at the folder, and the rest is checked', () => {
    mkdirSync(join(dir, 'policies', 'private'));
    writeFileSync(join(dir, 'policies', 'private', 'secret.yaml'), 'apiVersion: supportops/v1\n');
    chmodSync(join(dir, 'policies', 'private'), 0o000);
    const run = unprivileged(['check', '--as-of', '2026-11-23'], dir);
    chmodSync(join(dir, 'policies', 'private'), 0o755);
    rmSync(join(dir, 'policies', 'private'), { recursive: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('policies/private\n  1:1     error  This folder cannot be read (EACCES: permission denied), so no policy in it was checked. Let the user who runs supportops read it, or move the policies out of it.  file');
    expect(run.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 info\) in 24 files/);
  });

  it('an --out whose parent cannot be written is a usage error that says so', () => {
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    const run = unprivileged(['build', '--as-of', '2026-11-23', '--out', 'locked/site'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('supportops: cannot write --out locked/site: permission denied. Choose a folder whose parent you can write to, such as out.\n');
  });
});
