/** Temporary git repositories for tests of --base and --baseline. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './policies.js';

const IDENTITY = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository whose first commit holds a copy of the example policies under policies/. */
export function exampleRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'supportops-git-'));
  cpSync(join(REPO, 'policies'), join(dir, 'policies'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/** A repository whose first commit holds the starter policies (supportops init) under policies/: small and quick to check. */
export function starterRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'supportops-git-'));
  cpSync(join(REPO, 'templates', 'init'), join(dir, 'policies'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}
