/**
 * The formats of validate, check and build, on real runs: the JSON report against its published
 * schema, SARIF against the OASIS SARIF 2.1.0 schema (as shipped in @microsoft/jest-sarif),
 * JUnit XML, the Code Climate issues GitLab reads, GitHub annotations, and --quiet and --rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CHECK_REPORT_SCHEMA_FILE, checkReportJsonSchema } from '../../src/format/json-report-shape.js';
import { xmlEscape } from '../../src/format/junit.js';
import { cli, copyPolicies } from '../helpers/cli.js';
import { REPO } from '../helpers/policies.js';

const AS_OF = ['--as-of', '2026-11-23'];

/** The example with two findings: a tag without an owner (error, suppressed inline) and a misspelt owner (error). */
function broken(): string {
  const dir = copyPolicies();
  const tags = join(dir, 'policies', 'routing', 'tags.yaml');
  writeFileSync(tags, readFileSync(tags, 'utf8')
    .replace('owner: billing-specialists', 'owner: billing-specialsts')
    .replace(
      'name: feature-request\nspec:\n  meaning: The customer asks for something the product does not do.\n  owner: product-specialists\n',
      'name: feature-request\n# supportops-disable-next-line tag-has-owner -- product owner being hired, see HR-12\nspec:\n  meaning: The customer asks for something the product does not do.\n',
    ));
  return dir;
}

/** The OASIS schema is draft-04; its keywords here are those of draft-07, which ajv reads, once `id` is `$id`. */
function sarifValidator() {
  const path = join(REPO, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  // Its language-tag pattern is valid only without the u flag.
  return new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile({ ...schema, $id: id as string });
}

describe('check --format json', () => {
  const schema = checkReportJsonSchema();
  const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

  it('matches the committed schema (run `npm run schemas` after changing src/format/json-report-shape.ts)', () => {
    expect(readFileSync(join(REPO, 'schemas', CHECK_REPORT_SCHEMA_FILE), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('is what its schema describes: a clean run with facts, and a failing one with a suppressed finding', () => {
    const clean = JSON.parse(cli(['check', ...AS_OF, '--format', 'json']).stdout) as Record<string, unknown>;
    expect(clean.$schema).toBe(schema.$id);
    expect(validate(clean), JSON.stringify(validate.errors)).toBe(true);
    const failing = JSON.parse(cli(['check', ...AS_OF, '--format', 'json'], broken()).stdout) as { summary: object; diagnostics: object[] };
    expect(failing.summary).toEqual({ files: 23, documents: 61, errors: 1, warnings: 0, infos: 0, suppressed: 1 });
    expect(validate(failing), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...failing, diagnostics: [{ ...failing.diagnostics[0], severity: 'fatal' }] })).toBe(false);
  });
});

describe('check --format sarif', () => {
  const validate = sarifValidator();
  const log = JSON.parse(cli(['check', ...AS_OF, '--format', 'sarif'], broken()).stdout);

  it('is a valid SARIF 2.1.0 log by the OASIS schema', () => {
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The schema is strict enough to catch a drift.
    const drifted = structuredClone(log);
    drifted.runs[0].results[0].suppressions = [{ kind: 'silenced' }];
    expect(validate(drifted)).toBe(false);
  });

  it('gives rules a helpUri, the run its automationDetails, suppressed results their suppressions, and fingerprints that ignore lines', () => {
    const run = log.runs[0];
    expect(run.automationDetails).toEqual({ id: 'supportops/policies/' });
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'tag-has-owner');
    expect(rule.helpUri).toMatch(/^https:\/\/github\.com\/supportops\/supportops\/blob\/v\d+\.\d+\.\d+\/docs\/rules\/tag-has-owner\.md$/);
    const suppressed = run.results.find((r: { ruleId: string }) => r.ruleId === 'tag-has-owner');
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: 'product owner being hired, see HR-12', location: { physicalLocation: expect.objectContaining({ artifactLocation: { uri: 'policies/routing/tags.yaml', uriBaseId: '%SRCROOT%' } }) } }]);
    expect(suppressed.partialFingerprints['supportopsFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('the other formats', () => {
  const dir = broken();

  it('junit: one failed test case per error that counts, escaped for XML; a clean run is one passing case', () => {
    const xml = cli(['check', ...AS_OF, '--format', 'junit'], dir).stdout;
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="supportops" tests="1" failures="1" errors="0">\n {2}<testsuite name="policies\/routing\/tags\.yaml" tests="1" failures="1"/);
    expect(xml).toContain('<failure message="The owner &apos;billing-specialsts&apos; is not defined: no Team or Role has that name. (did you mean &apos;billing-specialists&apos;?)" type="no-unresolved-references">');
    expect(xml).not.toContain('tag-has-owner');
    expect(cli(['check', ...AS_OF, '--format', 'junit']).stdout).toContain('<testcase classname="supportops" name="policies as of 2026-11-23" time="0"/>');
    expect(xmlEscape('<a href="x">&\u0001\u0007 \uD800')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;\uFFFD\uFFFD \uFFFD');
  });

  it('codeclimate: the issues GitLab reads, with unique fingerprints', () => {
    const issues = JSON.parse(cli(['check', ...AS_OF, '--format', 'codeclimate'], dir).stdout);
    expect(issues).toEqual([{
      type: 'issue', check_name: 'no-unresolved-references', categories: ['Bug Risk'], severity: 'major',
      description: "The owner 'billing-specialsts' is not defined: no Team or Role has that name. (did you mean 'billing-specialists'?)",
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), location: { path: 'policies/routing/tags.yaml', lines: { begin: 37, end: 37 } },
    }]);
  });

  it('github: a workflow command per finding that counts; markdown: the summary table', () => {
    expect(cli(['check', ...AS_OF, '--format', 'github'], dir).stdout).toBe("::error title=no-unresolved-references,file=policies/routing/tags.yaml,line=37,endLine=37,col=10,endColumn=28::The owner 'billing-specialsts' is not defined: no Team or Role has that name. (did you mean 'billing-specialists'?)\n");
    expect(cli(['check', ...AS_OF, '--format', 'markdown'], dir).stdout).toContain('1 error, 0 warnings, 0 info in 23 files (61 documents) under `policies`, as of 2026-11-23. 1 suppressed (listed in the JSON report, with the reasons).');
  });

  it('--quiet prints only what fails; --rule runs only the rules named', () => {
    const later = ['--as-of', '2027-06-01'];
    expect(cli(['check', ...later], dir).stdout).toContain('kb-review-due');
    const quiet = cli(['check', ...later, '--quiet'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toContain('kb-review-due');
    expect(quiet.stdout).toContain('no-unresolved-references');
    const only = cli(['check', ...later, '--rule', 'kb-review-due', '--format', 'json'], dir);
    expect(only.code).toBe(0);
    expect(new Set(JSON.parse(only.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId))).toEqual(new Set(['kb-review-due']));
    expect(cli(['check', '--rule', 'kb-reviw-due'], dir)).toMatchObject({ code: 2, stderr: "supportops: --rule kb-reviw-due is not a rule (did you mean 'kb-review-due'?). The rule ids are listed in docs/rules/.\n" });
  });
});
