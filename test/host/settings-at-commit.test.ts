/**
 * A version's gate settings read at a commit: the config that discovery finds and the baseline
 * file as they were committed, asked of git once (one process) rather than once for each.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/host/gate-settings.js';
import { readPolicySource } from '../../src/host/policy-source.js';
import type { SettingsTree, TreeRead } from '../../src/host/settings-tree.js';
import { commitAll, git } from '../helpers/git-repo.js';

const BASELINE = '{"$schema":"https://supportops.dev/schemas/v1/baseline-file.schema.json","formatVersion":1,"tool":"supportops","findings":[]}\n';

function repository(): { dir: string; commit: string } {
  const dir = mkdtempSync(join(tmpdir(), 'supportops-settings-'));
  mkdirSync(join(dir, 'policies'));
  writeFileSync(join(dir, 'policies', 'tags.yaml'), 'kind: Tag\n');
  writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  tag-has-owner: warn\n');
  writeFileSync(join(dir, 'policies', '.supportops-baseline.json'), BASELINE);
  git(dir, 'init', '-q');
  commitAll(dir, 'base');
  const commit = git(dir, 'rev-parse', 'HEAD').trim();
  // The working tree moves on; the commit's settings are what count.
  writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  tag-has-owner: "off"\n');
  return { dir, commit };
}

/** Runs `body` with a `git` first on PATH that logs each command line, then runs the real one; returns the lines. */
function gitCommands(body: () => void): string[] {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const shim = mkdtempSync(join(tmpdir(), 'supportops-git-shim-'));
  const log = join(shim, 'log');
  writeFileSync(log, '');
  writeFileSync(join(shim, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(shim, 'git'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${shim}${delimiter}${path ?? ''}`;
  try {
    body();
  } finally {
    process.env.PATH = path;
  }
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('gate settings at a commit', () => {
  it('reads the config and the baseline file as committed, in one git process', () => {
    const { dir, commit } = repository();
    const source = readPolicySource(commit, 'policies', dir, '--baseline');
    let settings: ReturnType<typeof readSettings> | undefined;
    const commands = gitCommands(() => (settings = readSettings(source.tree, source.rootDir, undefined, true)));
    expect(settings!.config.config.rules).toEqual({ 'tag-has-owner': 'warn' });
    expect(settings!.config.shown).toBe(`supportops.yaml at ${commit} (${commit.slice(0, 7)})`);
    expect(settings!.baselineFile).toBeDefined();
    expect(commands).toEqual(['cat-file --batch']);
  });

  it('reads ahead every file it then reads, config candidates and baseline file alike', () => {
    const ahead: string[] = [];
    const read: string[] = [];
    const missing = new Map<string, TreeRead>();
    const tree: SettingsTree = {
      top: '/repo',
      show: (p) => p,
      readAhead: (paths) => void ahead.push(...paths),
      read: (paths) => (read.push(...paths), new Map(paths.map((p) => [p, missing.get(p) ?? { missing: true }]))),
    };
    readSettings(tree, '/repo/policies', undefined, true);
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((p) => !ahead.includes(p))).toEqual([]);
  });
});
