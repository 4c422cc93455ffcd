import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyPolicies, spawnCli } from '../helpers/cli.js';

describe('supportops check on the example organisation', () => {
  it('is clean and exits 0', () => {
    const { code, stdout, stderr } = spawnCli(['check', '--as-of', '2026-11-23']);
    expect(stderr).toBe('');
    expect(stdout).toBe('✔ No problems in 23 files, 61 documents (as of 2026-11-23).\n');
    expect(code).toBe(0);
  });

  it('computes feasibility over the horizon --horizon asks for', () => {
    const { stdout } = cli(['check', 'examples/follow-the-sun', '--as-of', '2026-11-23', '--horizon', '30', '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(report.facts.horizon).toEqual({ from: '2026-11-23', days: 30 });
    const starts = report.facts.coverage.channels.find((c: { name: string }) => c.name === 'email').uncovered.map((u: { start: string }) => u.start.slice(0, 10));
    // From the weekend gap already open at --as-of (Friday 20 November) to the last night that
    // starts inside the 30 days: 5 weekends and 18 weeknights.
    expect([starts[0], starts.at(-1), starts.length]).toEqual(['2026-11-20', '2026-12-22', 23]);
  });
});

describe('a broken copy of the example', () => {
  const dir = copyPolicies();
  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, 'policies', file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
    writeFileSync(path, text.replace(from, to));
  };
  edit('routing/tags.yaml', 'owner: billing-specialists', 'owner: billing-specialsts');
  edit('channels/web-form.yaml', '  purpose: Structured requests', '  purpse: Structured requests');
  edit('schedules/regional-hours.yaml', 'mon: ["09:00-18:00"]', 'mon: ["09:00-25:00"]');
  writeFileSync(join(dir, 'policies', 'old.yaml'), '%YAML 1.1\n---\napiVersion: supportops/v1\nkind: Role\nmetadata: { name: old }\nspec: { category: other, description: Old. }\n');
  appendFileSync(join(dir, 'policies', 'teams/roles.yaml'), '---\napiVersion: supportops/v1\nkind: Role\nmetadata:\n  name: extra\n  name: extra2\nspec: { category: other, description: Extra. }\n');

  it('gets located, plain-language errors for each problem and exits 1', () => {
    const { code, stdout } = spawnCli(['check', '--as-of', '2026-11-23', '--format', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { diagnostics: { ruleId: string; message: string; location: { file: string; start: { line: number; column: number } } }[] };
    const seen = report.diagnostics.map((d) => `${d.location.file}:${d.location.start.line}:${d.location.start.column} ${d.ruleId}`);
    expect(seen).toEqual([
      // `purpse` for `purpose` is one mistake: one finding at the key, with the suggestion,
      // not a second one for the missing `purpose`.
      'channels/web-form.yaml:10:3 schema',
      'old.yaml:1:1 yaml-syntax',
      'routing/tags.yaml:37:10 no-unresolved-references',
      'schedules/regional-hours.yaml:9:11 schema',
      'teams/roles.yaml:73:3 yaml-syntax',
    ]);
    expect(report.diagnostics.find((d) => d.ruleId === 'no-unresolved-references')).toMatchObject({
      message: "The owner 'billing-specialsts' is not defined: no Team or Role has that name.",
      suggestion: "did you mean 'billing-specialists'?",
    });
  });

  it('shows a code frame under each finding in the stylish format', () => {
    const { code, stdout } = cli(['check', '--as-of', '2026-11-23'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain([
      'policies/routing/tags.yaml',
      "  37:10   error  The owner 'billing-specialsts' is not defined: no Team or Role has that name. (did you mean 'billing-specialists'?)  no-unresolved-references",
      '',
      '      35 | spec:',
      '      36 |   meaning: Questions about invoices, plans and prices.',
      '    > 37 |   owner: billing-specialsts',
      '         |          ^^^^^^^^^^^^^^^^^^',
    ].join('\n'));
    expect(stdout).toMatch(/✖ 5 problems \(5 errors, 0 warnings, 0 info\) in 24 files, \d+ documents \(as of 2026-11-23\)\.\n$/);
  });
});
