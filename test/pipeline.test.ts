import { describe, expect, it } from 'vitest';
import { check, edit, show, starter } from './helpers/policies.js';

describe('the check pipeline with a broken document', () => {
  it('reports the syntax error only, not every reference to the broken document', () => {
    const set = edit(starter(), 'people.yaml', '  headcount: 3\n', '  headcount: 3\n  headcount: 4\n');
    expect(check(set).map(show)).toEqual(['people.yaml:25:3 error This key appears twice in the same mapping. Keep one of them: YAML keeps only the last, silently.']);
  });

  it('reports a mistyped kind once, not every reference to the document it was meant to be', () => {
    const set = edit(starter(), 'people.yaml', 'kind: Role', 'kind: Rol');
    expect(check(set).map(show)).toEqual([
      expect.stringMatching(/^people\.yaml:\d+:7 error Unknown kind "Rol"\. The kinds are: .* \(did you mean 'Role'\?\)$/),
    ]);
  });

  it('reports a YAML 1.1 directive once, where it is written, even for several documents', () => {
    const set = { ...starter(), 'old.yaml': '%YAML 1.1\n---\napiVersion: supportops/v1\nkind: Role\nmetadata: { name: a }\nspec: { category: other, description: A. }\n---\napiVersion: supportops/v1\nkind: Role\nmetadata: { name: b }\nspec: { category: other, description: B. }\n' };
    expect(check(set).filter((d) => d.ruleId === 'yaml-syntax').map(show)).toEqual([expect.stringMatching(/^old\.yaml:1:1 error This file declares YAML 1\.1\./)]);
  });
});
