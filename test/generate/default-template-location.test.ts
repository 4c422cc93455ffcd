import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplateFile, toDiagnostic } from '../../src/host/render-artifacts.js';
import { annotation } from '../../src/format/github-annotations.js';
import { markdownSummary } from '../../src/format/markdown-summary.js';
import { sarif } from '../../src/format/sarif.js';
import { stylish } from '../../src/format/stylish.js';
import { generateArtifacts, policyHash } from '../../src/generate/generate-artifacts.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, toFiles } from '../helpers/policies.js';
import { DEFAULT_ACK, exampleWithDefaultAck } from './helpers.js';

const FILE = '/opt/supportops/templates/acknowledgement.hbs';
const SOURCE = '# We have your request\n\nHi {{customer.nickname}},\n';

/** A build of the example with a broken default template, its problem as the CLI reports it. */
function brokenDefault() {
  const files = toFiles(exampleWithDefaultAck());
  const result = checkPolicies(files, { asOf: AS_OF });
  const { problems, artifacts } = generateArtifacts({ model: result.model, policyHash: policyHash(files), asOf: AS_OF, templates: { acknowledgement: { path: 'templates/acknowledgement.hbs', source: SOURCE } } });
  expect(artifacts).toEqual([]);
  expect(problems).toHaveLength(1);
  return toDiagnostic(problems[0]!, result.sources, FILE);
}

describe('a problem in the shipped default template', () => {
  const d = brokenDefault();
  const context = { root: 'p3', asOf: AS_OF, files: 1, documents: 1, sourceText: (f: string) => (f === FILE ? SOURCE : undefined) };

  it('points at the package\'s own file, not a path inside the policy root', () => {
    expect(d.location).toMatchObject({ file: FILE, start: { line: 3, column: 6 } });
    expect(d.message).toMatch(/^In the default acknowledgement template that ships with supportops \(templates\/acknowledgement\.hbs; a policy Template with purpose acknowledgement and a body replaces it\): The template uses \{\{customer\.nickname\}\}/);
    const text = stylish([d], context);
    expect(text).toMatch(new RegExp(`^${FILE}\\n {2}3:6 +error`));
    expect(text).toContain('> 3 | Hi {{customer.nickname}},');
    expect(text).not.toContain('p3/');
  });

  it('keeps that path in annotations, the job summary and SARIF, while policy files stay under the root', () => {
    expect(annotation(d, 'p3')).toContain(`file=${FILE},line=3`);
    expect(markdownSummary([d], context)).toContain(`\`${FILE}:3:6\``);
    const log = JSON.parse(sarif([d, { ...d, location: { ...d.location, file: 'templates/acknowledgement.yaml' } }], { root: 'p3', version: '0.0.0' })) as { runs: { results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[] }[] };
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: `file://${FILE}` },
      { uri: 'p3/templates/acknowledgement.yaml', uriBaseId: '%SRCROOT%' },
    ]);
  });

  it('a problem in a shipped default for another language points at that language\'s file', () => {
    const files = toFiles(exampleWithDefaultAck());
    const result = checkPolicies(files, { asOf: AS_OF });
    const german = { path: 'templates/acknowledgement.de.hbs', source: '# Anfrage erhalten\n\nHallo {{customer.nickname}},\n' };
    const { problems } = generateArtifacts({ model: result.model, policyHash: policyHash(files), asOf: AS_OF, templates: { acknowledgement: DEFAULT_ACK, localized: { de: german } } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'templates/acknowledgement.de.hbs', line: 3, column: 9 });
    expect(problems[0]!.message).toMatch(/^In the default acknowledgement template that ships with supportops \(templates\/acknowledgement\.de\.hbs;/);
    expect(toDiagnostic(problems[0]!, result.sources, defaultTemplateFile(problems[0]!.file)).location.file).toBe(defaultTemplateFile('templates/acknowledgement.de.hbs'));
  });

  it('the real default templates are found in the package, as absolute paths to files that exist', () => {
    for (const locale of ['de', 'es', 'fr']) expect(existsSync(defaultTemplateFile(`templates/acknowledgement.${locale}.hbs`))).toBe(true);
    const file = defaultTemplateFile();
    expect(isAbsolute(file)).toBe(true);
    expect(file.endsWith('/templates/acknowledgement.hbs')).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
