/**
 * A version's gate settings read at a commit: the config that discovery finds and the baseline
 * file as they were committed, asked of git once (one process) rather than once for each.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as gitFiles from '../../src/load/git-files.js';
import { readSettings } from '../../src/host/gate-settings.js';
import { readPolicySource } from '../../src/host/policy-source.js';

vi.mock('../../src/load/git-files.js', async (original) => {
  const real = await original<typeof import('../../src/load/git-files.js')>();
  return { ...real, readFilesAtCommit: vi.fn(real.readFilesAtCommit) };
});

function repository(): { dir: string; commit: string } {
  const dir = mkdtempSync(join(tmpdir(), 'supportops-settings-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q');
  mkdirSync(join(dir, 'policies'));
  writeFileSync(join(dir, 'policies', 'tags.yaml'), 'kind: Tag\n');
  writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  tag-has-owner: warn\n');
  writeFileSync(join(dir, 'policies', '.supportops-baseline.json'), '{"$schema":"https://supportops.dev/schemas/v1/baseline-file.schema.json","formatVersion":1,"tool":"supportops","findings":[]}\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const commit = git('rev-parse', 'HEAD');
  // The working tree moves on; the commit's settings are what count.
  writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  tag-has-owner: "off"\n');
  return { dir, commit };
}

describe('gate settings at a commit', () => {
  it('reads the config and the baseline file as committed, in one git process', () => {
    const { dir, commit } = repository();
    const source = readPolicySource(commit, 'policies', dir, '--baseline');
    const reads = vi.mocked(gitFiles.readFilesAtCommit);
    reads.mockClear();
    const settings = readSettings(source.tree, source.rootDir, undefined, true);
    expect(settings.config.config.rules).toEqual({ 'tag-has-owner': 'warn' });
    expect(settings.config.shown).toBe(`supportops.yaml at ${commit} (${commit.slice(0, 7)})`);
    expect(settings.baselineFile).toBeDefined();
    expect(reads).toHaveBeenCalledTimes(1);
  });
});
