import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterWriteFailure } from '../../src/cli/commands/init.js';
import { cli, copyPolicies } from '../helpers/cli.js';

describe('exit codes and usage errors', () => {
  it('exits 2 with one clear line when the policy folder is missing', () => {
    expect(cli(['check', 'no-such-folder'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'supportops: policy folder not found: no-such-folder. Pass the folder that holds your policy YAML (default: policies).\n',
    });
  });

  it.each([
    [['check', '--format', 'xml'], "supportops: --format must be one of stylish, json, sarif, github, junit, markdown, codeclimate; not 'xml'\n"],
    [['check', '--fail-level', 'fatal'], "supportops: --fail-level must be error, warn or info, not 'fatal'\n"],
    [['check', '--as-of', '2026-02-30'], 'supportops: --as-of 2026-02-30 is not a real date: February 2026 has 28 days. Give a date that exists, such as 2026-11-23.\n'],
    [['check', '--as-of', '30/02/2026'], "supportops: --as-of must be a date written YYYY-MM-DD, not '30/02/2026'\n"],
    [['check', '--horizon', '3'], "supportops: --horizon must be a whole number of days from 7 to 730, not '3' (default 365)\n"],
    [['check', '--horizon', '1.5y'], "supportops: --horizon must be a whole number of days from 7 to 730, not '1.5y' (default 365)\n"],
    [['lint'], "supportops: unknown command 'lint'. Commands: validate, check, build, diff, baseline, init, measure, export, import, plan, apply. Run supportops --help.\n"],
    [['check', '--bogus'], "supportops: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\". Run supportops --help for usage.\n"],
    [['check', 'a', 'b'], 'supportops: check takes one folder, got 2: a b\n'],
    [['report', 'a', 'b'], "supportops: unknown command 'report'. Commands: validate, check, build, diff, baseline, init, measure, export, import, plan, apply. Run supportops --help.\n"],
    [['check', 'policies/routing/tags.yaml'], 'supportops: the policy root policies/routing/tags.yaml is a file; supportops checks a whole policy folder, so that references between files resolve. Pass the folder that holds it: policies/routing.\n'],
  ])('%j is a usage error', (argv, stderr) => {
    expect(cli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('prints help and the version', () => {
    expect(cli(['--help']).stdout).toContain('supportops check [root]');
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(cli([]).code).toBe(2);
  });

  it('exits 2 for a folder with no policy files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'supportops-'));
    expect(cli(['check', '.'], dir)).toMatchObject({ code: 2, stderr: 'supportops: no policy files (*.yaml, *.yml) found in .. Run `supportops init .` to start one.\n' });
  });

  it('defaults --as-of to today (UTC) and says which date it used', () => {
    expect(cli(['check', '--format', 'json']).stdout).toContain('"asOf": "2026-11-23"');
  });
});

describe('fail level', () => {
  const dir = copyPolicies();
  // A knowledge-base article overdue for review is a warning, not an error.
  const asOf = '2027-06-01';

  it('passes with warnings at the default fail level and fails at --fail-level warn', () => {
    const relaxed = cli(['check', '--as-of', asOf], dir);
    expect(relaxed.stdout).toContain('kb-review-due');
    expect(relaxed.code).toBe(0);
    expect(cli(['check', '--as-of', asOf, '--fail-level', 'warn'], dir).code).toBe(1);
  });
});

describe('supportops.yaml', () => {
  it('changes severities, with per-file overrides', () => {
    const dir = copyPolicies();
    writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  kb-review-due: error\noverrides:\n  - files: ["governance/**"]\n    rules: { kb-review-due: "off" }\n');
    expect(cli(['check', '--as-of', '2027-06-01'], dir)).toMatchObject({ code: 0 });
    writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  kb-review-due: error\n');
    const strict = cli(['check', '--as-of', '2027-06-01'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/error {2}Article "KB - Troubleshooting - Password Reset" was due for its monthly review on 2026-12-02 \(181 days ago\)/);
  });

  it('is a usage error when it names an unknown rule or has a bad value', () => {
    const dir = copyPolicies();
    writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  kb-reviw-due: warn\n');
    expect(cli(['check'], dir)).toMatchObject({ code: 2, stderr: "supportops: supportops.yaml:2:3: Unknown rule `kb-reviw-due`. The rule ids are listed in docs/rules/. (did you mean 'kb-review-due'?)\n" });
    writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  kb-review-due: loud\n');
    expect(cli(['check'], dir)).toMatchObject({ code: 2, stderr: 'supportops: supportops.yaml:2:18: `kb-review-due` is "loud"; it must be one of: error, warn, info, off.\n' });
    expect(cli(['check', '--config', 'missing.yaml'], dir)).toMatchObject({ code: 2, stderr: 'supportops: config file not found: missing.yaml\n' });
  });
});

describe('supportops init', () => {
  it('writes a policy set that checks clean, and never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'supportops-'));
    const first = cli(['init', 'my-policies'], dir);
    expect(first.code).toBe(0);
    expect(readdirSync(join(dir, 'my-policies')).sort()).toEqual(['channels.yaml', 'hours.yaml', 'people.yaml', 'routing.yaml', 'templates.yaml']);
    expect(cli(['check', 'my-policies', '--fail-level', 'info'], dir)).toMatchObject({ code: 0 });
    const again = cli(['init', 'my-policies'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('init never overwrites files');
    expect(existsSync(join(dir, 'my-policies', 'hours.yaml'))).toBe(true);
  });

  it('into a file, or below one, is a usage error that says what to do, not an internal error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'supportops-'));
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    expect(cli(['init', 'notes.txt'], dir)).toEqual({ code: 2, stdout: '', stderr: 'supportops: notes.txt is a file, not a folder. Choose a folder for the starter policies, such as policies.\n' });
    expect(cli(['init', 'notes.txt/policies'], dir)).toEqual({
      code: 2, stdout: '', stderr: 'supportops: cannot write the starter policies to notes.txt/policies: part of the path is a file, not a folder. Choose a folder you can write to, such as policies.\n',
    });
  });

  it('names an unwritable place in plain words', () => {
    // Tests may run as root, where permissions do not stop writes: check the wording directly.
    const denied = Object.assign(new Error('EACCES: permission denied, mkdir'), { code: 'EACCES' });
    expect(starterWriteFailure('/srv/policies', denied).message).toBe('cannot write the starter policies to /srv/policies: permission denied. Choose a folder you can write to, such as policies.');
    expect(starterWriteFailure('/mnt/ro', Object.assign(new Error('x'), { code: 'EROFS' })).message).toContain(': the file system is read-only.');
  });
});

describe('validate', () => {
  it('stops at the schema: rules do not run', () => {
    const dir = copyPolicies();
    writeFileSync(join(dir, 'policies', 'extra.yaml'), 'apiVersion: supportops/v1\nkind: Tag\nmetadata: { name: orphan }\nspec: { meaning: No owner. }\n');
    expect(cli(['validate'], dir).code).toBe(0);
    expect(cli(['check'], dir).code).toBe(1);
  });
});
