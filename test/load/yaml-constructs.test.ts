import { describe, expect, it } from 'vitest';
import { loadFindings as shown, validateFile as run } from '../helpers/policies.js';

const TAG = 'apiVersion: supportops/v1\nkind: Tag\nmetadata:\n  name: billing\nspec:\n  meaning: Money questions.\n  owner: billing-team\n';

const span = (path: string, content: string): string[] =>
  run(path, content).diagnostics.map((d) => `${d.location.start.line}:${d.location.start.column}-${d.location.end.line}:${d.location.end.column}`);

describe('aliases', () => {
  it('an undefined alias is reported at the alias, in plain words, not as an alias bomb', () => {
    expect(shown('a.yaml', TAG.replace('owner: billing-team', 'owner: *who'))).toEqual([
      'yaml-syntax a.yaml:7:10 error The alias `*who` refers to an anchor `&who` that is not defined before it in this document. Add `&who` to the value you mean, above this line, or write the value out here.',
    ]);
    expect(span('a.yaml', TAG.replace('owner: billing-team', 'owner: *who'))).toEqual(['7:10-7:14']);
  });

  it('an alias used before its anchor is undefined too', () => {
    expect(shown('a.yaml', 'first: *later\nsecond: &later x\n')[0]).toMatch(/^yaml-syntax a\.yaml:1:8 error The alias `\*later` refers to an anchor `&later` that is not defined before it/);
  });

  it('an anchor in another document does not count', () => {
    expect(shown('a.yaml', `x: &owner billing-team\n---\n${TAG.replace('owner: billing-team', 'owner: *owner')}`).filter((d) => d.startsWith('yaml-syntax'))).toEqual([
      expect.stringMatching(/^yaml-syntax a\.yaml:9:10 error The alias `\*owner` refers to an anchor/),
    ]);
  });

  it('an alias inside the value its own anchor names is refused before it becomes data that contains itself', () => {
    expect(shown('c.yaml', 'a: &loop [1, *loop]\n')).toEqual([
      'yaml-syntax c.yaml:1:14 error The alias `*loop` sits inside the value its anchor `&loop` names, so that value would contain itself without end. Write the value out instead.',
    ]);
    expect(shown('c.yaml', 'a: &loop\n  b:\n    c: *loop\n')).toEqual([expect.stringMatching(/^yaml-syntax c\.yaml:3:8 error The alias `\*loop` sits inside/)]);
  });

  it('plain anchors and aliases still work', () => {
    const doc = TAG.replace('owner: billing-team', 'owner: &o billing-team\n  defaultTier: *o');
    expect(run('ok.yaml', doc).diagnostics).toEqual([]);
  });
});

describe('YAML tags', () => {
  it.each([
    ['!!binary aGVsbG8=', '!!binary', 'Policies hold text, not binary data.'],
    ['!!timestamp 2026-01-01', '!!timestamp', 'Write dates as plain text, such as 2026-12-25.'],
    ['!!str 09:00', '!!str', 'To keep a value as text, put it in quotes instead.'],
    ['!custom x', '!custom', 'To keep a value as text, put it in quotes instead.'],
  ])('%s is refused at the tag, with what to write instead', (value, tag, hint) => {
    expect(shown('t.yaml', TAG.replace('Money questions.', value))).toEqual([
      `yaml-syntax t.yaml:6:12 error YAML tags such as \`${tag}\` are not allowed in policies: supportops reads plain YAML 1.2 values only. Remove the tag. ${hint}`,
    ]);
    expect(span('t.yaml', TAG.replace('Money questions.', value))).toEqual([`6:12-6:${12 + tag.length}`]);
  });

  it.each([
    ['!!set', '!!set\n    ? a\n    ? b', 'Write a plain list (- item) instead.'],
    ['!!omap', '!!omap\n    - a: 1', 'Write a plain mapping (key: value) or a list instead.'],
  ])('collection tag %s is refused with one message, not a library message', (tag, value, hint) => {
    expect(shown('t.yaml', TAG.replace('Money questions.', value))).toEqual([
      `yaml-syntax t.yaml:6:12 error YAML tags such as \`${tag}\` are not allowed in policies: supportops reads plain YAML 1.2 values only. Remove the tag. ${hint}`,
    ]);
  });

  it('no YAML 1.1 type ever reaches the data: a tagged document is not read at all', () => {
    const result = run('t.yaml', TAG.replace('Money questions.', '!!binary aGVsbG8='));
    expect(result.documents).toBe(0);
  });
});

describe('nesting depth', () => {
  it('twenty thousand [ give one plain, located message, not a stack overflow', () => {
    const result = shown('deep.yaml', `a: ${'['.repeat(20000)}`);
    expect(result).toEqual([
      'yaml-syntax deep.yaml:1:53 error Lists and mappings are nested more than 50 levels deep here; policies need only a few levels. Check for brackets [ or { that are never closed, or flatten the structure.',
    ]);
  });

  it('deep block lists and flow mappings are refused the same way', () => {
    expect(shown('deep.yaml', `${'- '.repeat(60)}x\n`)[0]).toMatch(/^yaml-syntax deep\.yaml:1:101 error Lists and mappings are nested more than 50 levels deep/);
    expect(shown('deep.yaml', `a: ${'{b: '.repeat(5000)}`)[0]).toMatch(/^yaml-syntax deep\.yaml:1:\d+ error Lists and mappings are nested more than 50 levels/);
  });

  it('fifty levels are still read', () => {
    const doc = `a: ${'['.repeat(49)}1${']'.repeat(49)}\n`;
    expect(shown('ok.yaml', doc)).toEqual(['schema ok.yaml:1:1 error Missing apiVersion. Add "apiVersion: supportops/v1" at the top of the document.']);
  });
});

describe('syntax errors', () => {
  it('a duplicate key is underlined over the whole key', () => {
    expect(span('d.yaml', TAG.replace('  owner:', '  meaning: Again.\n  owner:'))).toEqual(['7:3-7:10']);
  });

  it('the same complaint at the same place is reported once', () => {
    // yaml raises BAD_INDENT twice at the end of this unclosed flow mapping.
    expect(shown('u.yaml', 'a: {b: [1, 2\n')).toEqual(['yaml-syntax u.yaml:2:1 error The indentation here does not line up. Check that this line is indented like its siblings.']);
  });
});
