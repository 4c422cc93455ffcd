/**
 * A file with the same path and text in two versions is parsed once: the second version gets the
 * same result, and each version's findings keep their own lines and columns.
 */
import { describe, expect, it } from 'vitest';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { generateArtifacts, policyHash } from '../../src/generate/generate-artifacts.js';
import { decodePolicyText } from '../../src/load/decode.js';
import { SharedParses } from '../../src/load/shared-parses.js';
import { SourceMap } from '../../src/load/source-map.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { defaultTemplates } from '../../src/host/render-artifacts.js';
import { AS_OF, edit, exampleSet, toFiles } from '../helpers/policies.js';

const TAG = ['apiVersion: supportops/v1', 'kind: Tag', 'metadata:', '  name: refund', 'spec:', '  meaning: Money back.', '  owner: nobody', ''].join('\n');

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

describe('SharedParses', () => {
  it('parses the same path and text once, and adds its source to each version', () => {
    const parses = new SharedParses();
    const [base, head] = [new SourceMap(), new SourceMap()];
    const first = parses.parse('tags.yaml', TAG, base);
    const second = parses.parse('tags.yaml', TAG, head);
    expect(second).toBe(first);
    expect(head.get('tags.yaml')).toBe(base.get('tags.yaml'));
    expect(head.locate('tags.yaml', 0, '/spec/owner')).toEqual(base.locate('tags.yaml', 0, '/spec/owner'));
  });

  it('parses again when the text differs or the file moved, each with its own positions', () => {
    const parses = new SharedParses();
    const moved = `# a comment line first\n${TAG}`;
    const [base, head] = [new SourceMap(), new SourceMap()];
    const before = parses.parse('tags.yaml', TAG, base);
    const after = parses.parse('tags.yaml', moved, head);
    expect(after).not.toBe(before);
    expect(base.locate('tags.yaml', 0, '/spec/owner').start).toEqual({ line: 7, column: 10 });
    expect(head.locate('tags.yaml', 0, '/spec/owner').start).toEqual({ line: 8, column: 10 });
    const renamed = parses.parse('routing/tags.yaml', TAG, head);
    expect(renamed).not.toBe(before);
    expect(renamed.documents[0]!.file).toBe('routing/tags.yaml');
  });

  it('gives two versions of the example the findings each gets alone, at their own lines', () => {
    const cache = new FactsCache();
    const base = exampleSet();
    // A line added at the top of the tags: every tag finding in the head moves down one line.
    const head = edit(edit(base, 'routing/tags.yaml', /^/, '# The tags, reviewed each quarter.\n'), 'routing/tags.yaml', 'owner: billing-specialists', 'owner: billing-specialsts');
    const parses = new SharedParses();
    const shared = [base, head].map((set) => checkPolicies(toFiles(set), { asOf: AS_OF, cache, parses }));
    const alone = [base, head].map((set) => checkPolicies(toFiles(set), { asOf: AS_OF, cache }));
    expect(shared.map((r) => r.diagnostics)).toEqual(alone.map((r) => r.diagnostics));
    expect(shared[1]!.diagnostics.some((d) => d.ruleId === 'no-unresolved-references' && d.location.start.line === 38)).toBe(true);
  });

  it('is never changed by the checks and generators that read it, so sharing it is safe', () => {
    const cache = new FactsCache();
    const files = toFiles(exampleSet());
    const parses = new SharedParses();
    const first = checkPolicies(files, { asOf: AS_OF, cache, parses });
    const yaml = files.filter((f) => f.path.endsWith('.yaml'));
    const kept = () => yaml.map((f) => parses.parse(f.path, (decodePolicyText(f.bytes) as { text: string }).text, new SourceMap()).documents);
    // Every parsed document frozen: a check or build that wrote into one would now throw.
    deepFreeze(kept());
    const again = checkPolicies(files, { asOf: AS_OF, cache, parses });
    expect(again.diagnostics).toEqual(first.diagnostics);
    // The check read the frozen parses rather than parsing again.
    expect(kept().every((docs) => Object.isFrozen(docs) && docs.every((d) => Object.isFrozen(d.data)))).toBe(true);
    const built = generateArtifacts({ model: again.model, policyHash: policyHash(files), asOf: AS_OF, templates: defaultTemplates(), ...(again.facts ? { facts: again.facts } : {}) });
    expect(built.problems).toEqual([]);
  });
});
