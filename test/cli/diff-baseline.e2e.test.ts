import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { commitAll, exampleRepo } from '../helpers/git-repo.js';

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, 'policies', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

describe('supportops diff against git refs', () => {
  const dir = exampleRepo();
  edit(dir, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h');
  commitAll(dir, 'loosen high');
  edit(dir, 'schedules/on-call.yaml', 'name: on-call-london\nspec:\n  timeZone: Europe/London\n  weekly:\n    mon: ["08:00-18:00"]\n    tue: ["08:00-18:00"]\n    wed: ["08:00-18:00"]\n    thu: ["08:00-18:00"]\n    fri: ["08:00-18:00"]\n    sat: ["08:00-18:00"]\n', 'name: on-call-london\nspec:\n  timeZone: Europe/London\n  weekly:\n    mon: ["08:00-18:00"]\n    tue: ["08:00-18:00"]\n    wed: ["08:00-18:00"]\n    thu: ["08:00-18:00"]\n    fri: ["08:00-18:00"]\n');

  it('compares a ref with the working tree, without a checkout', () => {
    const { code, stdout } = cli(['diff', '--base', 'HEAD~1', '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { base: string; head: string; headCheck?: { errors: number }; asOf: string; summary: Record<string, number>; changes: { category: string; subject: string; severity: string }[] };
    expect(report.base).toMatch(/^HEAD~1 \([0-9a-f]{7}\)$/);
    expect(report.head).toBe('policies');
    // The head, as it is, does not pass check: the lost Saturday leaves promises uncovered.
    expect(report.headCheck?.errors).toBeGreaterThan(0);
    expect(report.asOf).toBe('2026-11-23');
    const subjects = (severity: string, category?: string) => report.changes.filter((c) => c.severity === severity && (!category || c.category === category)).map((c) => c.subject);
    expect(subjects('breaking', 'sla')).toEqual(['async-sla › high › first response']);
    expect(subjects('breaking', 'hours')).toEqual(['on-call-london › Saturday']);
    // Exactly the two worse promises are breaking; what customers now read and what the lost
    // Saturday shift does to delivery (the 24/7 line and its escalations can no longer keep
    // their promises, and the backlog it leaves) are notable, each reported once.
    expect(report.summary).toEqual({ breaking: 2, notable: 12, info: 0 });
    expect(subjects('notable', 'customer-text')).toEqual(['acknowledgement › tier high', 'disclosure › tier high']);
    expect(subjects('notable', 'feasibility')).toEqual([
      'channel urgent-line › capacity', 'channel urgent-line › coverage', 'channel urgent-line › new gaps',
      'channel whatsapp › capacity', 'channel whatsapp › coverage', 'channel whatsapp › new gaps',
      'escalation major-outage › coverage', 'escalation major-outage › new gaps',
      'escalation security-incident › coverage', 'escalation security-incident › new gaps',
    ]);
  });

  it('reads the issue example in Markdown: the loosened tier and the lost shift as breaking, with before → after and channels', () => {
    const { stdout } = cli(['diff', '--base', 'HEAD~1'], dir);
    expect(stdout).toContain('| 🔴 breaking | async-sla › high › first response | 90% within 4h → 90% within 8h | email, messenger, web-form |');
    expect(stdout).toContain('| 🔴 breaking | on-call-london › Saturday | 08:00-18:00 → closed | urgent-line, whatsapp |');
    expect(stdout).toMatch(/\*\*2 breaking\*\*, \d+ notable/);
    expect(stdout.match(/🔴 breaking \|/g)).toHaveLength(2);
    expect(stdout).not.toContain('not shown (');
    expect(stdout).toMatch(/⚠️ The new version does not pass `supportops check`: \d+ errors?\. Run `supportops check` on it\./);
  });

  it('compares two refs', () => {
    const { stdout } = cli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], dir);
    const report = JSON.parse(stdout) as { summary: object; changes: { subject: string }[] };
    expect(report.summary).toEqual({ breaking: 1, notable: 2, info: 0 });
    expect(report.changes.map((c) => c.subject)).toEqual(['async-sla › high › first response', 'acknowledgement › tier high', 'disclosure › tier high']);
  });

  it('--fail-on breaking exits 1 when a promise gets worse', () => {
    expect(cli(['diff', '--base', 'HEAD', '--fail-on', 'breaking'], dir).code).toBe(1);
    expect(cli(['diff', '--base', 'HEAD', '--head', 'HEAD', '--fail-on', 'breaking'], dir).code).toBe(0);
    expect(cli(['diff', '--base', 'HEAD', '--fail-on', 'none'], dir).code).toBe(0);
    expect(cli(['diff', '--base', 'HEAD', '--fail-on', 'all'], dir)).toMatchObject({ code: 2, stderr: "supportops: --fail-on must be breaking, notable or none, not 'all'\n" });
  });

  it('rejects a base that is neither a folder nor a commit, and refs that look like options', () => {
    expect(cli(['diff', '--base', 'no-such-ref'], dir)).toMatchObject({ code: 2, stderr: 'supportops: --base no-such-ref is neither a folder nor a git commit of the repository holding policies.\n' });
    expect(cli(['diff', '--base=--output=/tmp/x'], dir).code).toBe(2);
    expect(cli(['diff'], dir)).toMatchObject({ code: 2, stderr: 'supportops: diff needs --base <git-ref|folder>: the version to compare against.\n' });
  });
});

describe('check --baseline', () => {
  const dir = exampleRepo();
  // A problem already on main: a tag without an owner.
  edit(dir, 'routing/tags.yaml', 'name: feature-request\nspec:\n  meaning: The customer asks for something the product does not do.\n  owner: product-specialists\n', 'name: feature-request\nspec:\n  meaning: The customer asks for something the product does not do.\n');
  commitAll(dir, 'pre-existing problem');

  it('passes when the change only carries findings that were already there, even when lines move', () => {
    edit(dir, 'routing/tags.yaml', 'apiVersion: supportops/v1\nkind: Tag\nmetadata:\n  name: how-to', '# A comment that moves every line down.\n\napiVersion: supportops/v1\nkind: Tag\nmetadata:\n  name: how-to');
    const { code, stdout } = cli(['check', '--baseline', 'HEAD', '--as-of', '2026-11-23', '--format', 'json'], dir);
    const report = JSON.parse(stdout) as { summary: { errors: number; new: { errors: number } }; diagnostics: { baseline: string }[] };
    expect(report.summary.errors).toBe(1);
    expect(report.summary.new.errors).toBe(0);
    expect(report.diagnostics.map((d) => d.baseline)).toEqual(['existing']);
    expect(code).toBe(0);
    expect(cli(['check', '--as-of', '2026-11-23'], dir).code).toBe(1);
  });

  it('fails on a finding the change introduces, and says which are new', () => {
    edit(dir, 'routing/tags.yaml', 'owner: billing-specialists', 'owner: billing-specialsts');
    const { code, stdout } = cli(['check', '--baseline', 'HEAD', '--as-of', '2026-11-23'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('[already in baseline]');
    expect(stdout).toContain('1 of them is new against the baseline; only new findings fail the check.');
  });
});
