/** A policy version read at a git commit, through whatever path leads to the repository. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicySource } from '../../src/host/policy-source.js';

function repository(): { dir: string; commit: string } {
  const dir = mkdtempSync(join(tmpdir(), 'supportops-source-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  mkdirSync(join(dir, 'policies'));
  writeFileSync(join(dir, 'policies', 'tags.yaml'), 'kind: Tag\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const commit = git('rev-parse', 'HEAD');
  writeFileSync(join(dir, 'policies', 'tags.yaml'), 'kind: Role\n');
  return { dir, commit };
}

describe('readPolicySource at a commit', () => {
  it('reads the files as they were, through a symbolic link to the repository too', () => {
    const { dir, commit } = repository();
    const link = join(mkdtempSync(join(tmpdir(), 'supportops-link-')), 'repo');
    symlinkSync(dir, link);
    for (const cwd of [dir, link]) {
      const source = readPolicySource(commit, 'policies', cwd, '--baseline');
      expect(source.files.map((f) => `${f.path} ${new TextDecoder().decode(f.bytes)}`)).toEqual(['tags.yaml kind: Tag\n']);
      expect(source.committed).toBe(true);
    }
  });
});
