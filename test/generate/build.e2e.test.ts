import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/host/output-dir.js';
import { cli, copyPolicies, snapshot } from '../helpers/cli.js';
import { AS_OF } from '../helpers/policies.js';

const build = (dir: string, ...args: string[]) => cli(['build', 'policies', '--as-of', AS_OF, ...args], dir);

describe('supportops build', () => {
  it('writes every artifact to out/ and a clean --check passes', () => {
    const dir = copyPolicies();
    const result = build(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote \d+ files to out \(policies sha256:[0-9a-f]{12}…\)\./);
    const files = listFiles(join(dir, 'out'));
    expect(files).toEqual(expect.arrayContaining(['routing-guide.md', 'routing-guide.json', 'disclosures/email.html', 'acknowledgements/email/urgent.md', 'report/feasibility.md', 'report/coverage-heatmap.svg', 'manifest.json']));
    expect(files.some((f) => f.includes('.new-') || f.includes('.old-'))).toBe(false);
    const check = build(dir, '--check');
    expect(check.stdout).toContain(`out is up to date (${files.length} files).`);
    expect(check.code).toBe(0);
    // A rebuild replaces the folder as a whole: files from an earlier build do not linger.
    writeFileSync(join(dir, 'out', 'disclosures', 'retired-channel.md'), 'old\n');
    expect(build(dir).code).toBe(0);
    expect(listFiles(join(dir, 'out'))).toEqual(files);
    expect(listFiles(dir).filter((f) => !f.startsWith('policies/') && !f.startsWith('out/'))).toEqual([]);
  });

  it('a broken policy exits 1, prints the finding and leaves an existing out/ byte for byte as it was', () => {
    const dir = copyPolicies();
    expect(build(dir).code).toBe(0);
    const before = snapshot(join(dir, 'out'));
    const tags = join(dir, 'policies', 'routing', 'tags.yaml');
    writeFileSync(tags, readFileSync(tags, 'utf8').replace('owner: billing-specialists', 'owner: billing-specialsts'));
    const result = build(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("The owner 'billing-specialsts' is not defined");
    expect(result.stdout).toContain('Nothing was written to out');
    expect(snapshot(join(dir, 'out'))).toEqual(before);
    expect(listFiles(dir).filter((f) => !f.startsWith('policies/') && !f.startsWith('out/'))).toEqual([]);
  });

  it('--check lists stale, missing and extra files and exits 1, writing nothing', () => {
    const dir = copyPolicies();
    expect(build(dir).code).toBe(0);
    const out = join(dir, 'out');
    writeFileSync(join(out, 'routing-guide.md'), 'edited by hand\n');
    writeFileSync(join(out, 'notes.txt'), 'extra\n');
    const email = join(dir, 'policies', 'channels', 'email.yaml');
    writeFileSync(email, readFileSync(email, 'utf8').replace('displayName: Email support', 'displayName: E-mail'));
    const before = snapshot(out);
    const result = build(dir, '--check');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('out is out of date:');
    expect(result.stdout).toMatch(/ {2}extra {4}notes\.txt\n/);
    expect(result.stdout).toMatch(/ {2}stale {4}disclosures\/email\.md\n/);
    expect(result.stdout).toMatch(/ {2}stale {4}routing-guide\.md\n/);
    expect(snapshot(out)).toEqual(before);
    const missing = build(dir, '--check', '--out', 'elsewhere');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/ {2}missing {2}routing-guide\.json\n/);
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
  });

  it('a template variable the policy does not provide stops the build at its location, even with the rule off', () => {
    const dir = copyPolicies();
    writeFileSync(join(dir, 'supportops.yaml'), 'rules:\n  template-variables: off\n');
    const ack = join(dir, 'policies', 'templates', 'acknowledgement.yaml');
    writeFileSync(ack, readFileSync(ack, 'utf8').replace('Hi {{customer.name}},', 'Hi {{customer.nickname}},'));
    const result = build(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/policies\/templates\/acknowledgement\.yaml\n {2}10:10 +error {2}In acknowledgement template 'acknowledgement': The template uses \{\{customer\.nickname\}\}, which is not provided here\./);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it.each([
    [['--format', 'xml'], /--format must be one of stylish, json, sarif/],
    [['--as-of', '2026-02-30'], /--as-of 2026-02-30 is not a real date: February 2026 has 28 days/],
    [['--out', 'policies'], /--out policies holds the policies or the working directory/],
    [['--out', '.'], /--out \. holds the policies or the working directory/],
  ])('usage error %j exits 2', (args, message) => {
    const dir = copyPolicies();
    const before = snapshot(dir);
    const result = build(dir, ...args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it('never replaces a folder it did not write', () => {
    const dir = copyPolicies();
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'index.html'), 'mine');
    const result = build(dir, '--out', 'site');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out site is not empty and was not written by supportops build');
    expect(readFileSync(join(dir, 'site', 'index.html'), 'utf8')).toBe('mine');
  });
});

describe('supportops build --report-only', () => {
  it('writes the feasibility report (and its manifest) while the check fails, and no customer artifact; exits 1', () => {
    const dir = copyPolicies();
    const team = join(dir, 'policies', 'teams', 'tier1.yaml');
    const text = readFileSync(team, 'utf8');
    // Too few people: capacity-meets-demand fails; the report says why.
    writeFileSync(team, text.replace(/headcount: \d+/g, 'headcount: 1'));
    const failing = build(dir);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`To read the feasibility report meanwhile, run supportops build policies --report-only --out out.`);
    const result = build(dir, '--report-only');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Wrote the feasibility report (no customer artifacts) to out');
    expect(listFiles(join(dir, 'out'))).toEqual(['manifest.json', 'report/coverage-heatmap.svg', 'report/feasibility.json', 'report/feasibility.md']);
    expect(readFileSync(join(dir, 'out', 'report', 'feasibility.md'), 'utf8')).toContain('# Feasibility report');
    // The folder it wrote is one build may replace: a full build over it works once the policies pass.
    writeFileSync(team, text);
    expect(build(dir).code).toBe(0);
    expect(listFiles(join(dir, 'out'))).toContain('disclosures/email.md');
  });
});
