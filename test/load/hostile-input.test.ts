import { describe, expect, it } from 'vitest';
import { loadFindings as run, validateFile } from '../helpers/policies.js';

const TAG = 'apiVersion: supportops/v1\nkind: Tag\nmetadata:\n  name: billing\nspec:\n  meaning: Money questions.\n  owner: billing-team\n';

describe('hostile and malformed files', () => {
  it('accepts a well-formed document', () => {
    expect(run('tag.yaml', TAG)).toEqual([]);
  });

  it('reports a syntax error at its line and column', () => {
    expect(run('a.yaml', 'apiVersion: supportops/v1\nkind: [Tag\nmetadata: {}\n')).toEqual([
      expect.stringMatching(/^yaml-syntax a\.yaml:3:1 error /),
    ]);
  });

  it('rejects duplicate keys at the second key', () => {
    expect(run('a.yaml', TAG.replace('  owner:', '  meaning: Again.\n  owner:'))).toEqual([
      'yaml-syntax a.yaml:7:3 error This key appears twice in the same mapping. Keep one of them: YAML keeps only the last, silently.',
    ]);
  });

  it('rejects a billion-laughs alias bomb without expanding it', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const [first, ...rest] = run('bomb.yaml', bomb.join('\n') + '\n');
    expect(rest).toEqual([]);
    // At the first alias (line 2, `*a`), not at the top of the file.
    expect(first).toMatch(/^yaml-syntax bomb\.yaml:2:8 error This document expands aliases \(\*name\) more than 100 times, the pattern of a "billion laughs" attack/);
  });

  it('rejects a YAML 1.1 directive and explains why', () => {
    const [only, ...rest] = run('old.yaml', `%YAML 1.1\n---\n${TAG}`);
    expect(rest).toEqual([]);
    expect(only).toBe('yaml-syntax old.yaml:1:1 error This file declares YAML 1.1. supportops reads YAML 1.2 only, because in YAML 1.1 a time like 09:00 is read as the number 540 and "no" as false. Remove the %YAML directive.');
  });

  it('reads YAML 1.2 scalars as text: 09:00 stays a string and no is not false', () => {
    const result = validateFile('s.yaml', 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: s }\nspec:\n  timeZone: UTC\n  weekly:\n    mon: [09:00-17:00]\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.model.schedules[0]!.spec.weekly.mon!.map((interval) => interval.text)).toEqual(['09:00-17:00']);
  });

  it('rejects __proto__ keys', () => {
    expect(run('p.yaml', TAG.replace('  owner:', '  __proto__: { polluted: true }\n  owner:'))).toEqual([
      'yaml-syntax p.yaml:7:3 error The key "__proto__" is not allowed: it can change how programs read the data. Rename or remove it.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects custom tags', () => {
    expect(run('t.yaml', TAG.replace('Money questions.', '!!js/function "x"'))).toEqual([
      'yaml-syntax t.yaml:6:12 error YAML tags such as `!!js/function` are not allowed in policies: supportops reads plain YAML 1.2 values only. Remove the tag. To keep a value as text, put it in quotes instead.',
    ]);
  });

  it('rejects tab indentation', () => {
    expect(run('t.yaml', 'apiVersion: supportops/v1\nkind: Tag\nmetadata:\n\tname: x\n')[0]).toMatch(/^yaml-syntax t\.yaml:4:1 error Tabs cannot be used for indentation/);
  });

  it('rejects binary files', () => {
    expect(run('logo.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual([
      'file logo.yaml:3:1 error This looks like a binary file (it contains a NUL byte), not YAML text. Remove it from the policy folder or save it as UTF-8 text.',
    ]);
  });

  it('rejects text that is not UTF-8, at the first bad byte', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('apiVersion: supportops/v1\nkind: Tag # caf'), 0xe9, 0x0a]);
    expect(run('l.yaml', latin1)).toEqual([
      'file l.yaml:2:16 error This file is not valid UTF-8 text: the character here is in another encoding. supportops reads UTF-8 only: save it with UTF-8 encoding (most editors offer this under "Save with encoding").',
    ]);
  });

  it('rejects files over 1 MiB without parsing them', () => {
    const huge = TAG + `# ${'x'.repeat(1024 * 1024)}\n`;
    expect(run('huge.yaml', huge)).toEqual([
      `file huge.yaml:1:1 error This file is ${new TextEncoder().encode(huge).length} bytes; policy files may be at most 1048576 bytes (1 MiB). Split it into several files.`,
    ]);
  });

  it('accepts a byte-order mark and keeps columns as the editor shows them', () => {
    const bom = run('bom.yaml', '\uFEFF' + TAG.replace('kind: Tag', 'kind: Tga'));
    expect(bom).toEqual([expect.stringMatching(/^schema bom\.yaml:2:7 error Unknown kind "Tga"/)]);
  });

  it('accepts CRLF line endings with correct positions', () => {
    expect(run('crlf.yaml', TAG.replace('kind: Tag', 'kind: Tga').replace(/\n/g, '\r\n'))).toEqual([
      expect.stringMatching(/^schema crlf\.yaml:2:7 error Unknown kind "Tga". The kinds are: .* \(did you mean 'Tag'\?\)$/),
    ]);
  });

  it('warns about empty and comment-only files', () => {
    expect(run('empty.yaml', '')).toEqual(['file empty.yaml:1:1 warn This file has no policy documents (it is empty or holds only comments). Add a document or delete the file.']);
    expect(run('c.yaml', '# nothing yet\n')).toHaveLength(1);
  });

  it('skips empty documents between separators', () => {
    expect(run('multi.yaml', `${TAG}---\n---\n${TAG.replace('billing', 'refund')}`)).toEqual([]);
  });

  it('reports unknown and missing apiVersion', () => {
    expect(run('v.yaml', TAG.replace('supportops/v1', 'supportops/v2'))).toEqual([
      'schema v.yaml:1:13 error Unknown apiVersion "supportops/v2". This version of supportops reads "supportops/v1".',
    ]);
    expect(run('v.yaml', TAG.replace('apiVersion: supportops/v1\n', ''))).toEqual([
      'schema v.yaml:1:1 error Missing apiVersion. Add "apiVersion: supportops/v1" at the top of the document.',
    ]);
  });

  it('reports a document that is not a mapping', () => {
    expect(run('list.yaml', '- a\n- b\n')).toEqual([
      'schema list.yaml:1:1 error A policy document must be a mapping with apiVersion, kind, metadata and spec. See `supportops init` for an example.',
    ]);
  });
});

describe('schema errors point at the exact key or value', () => {
  it('a missing property at its parent key, with what the property is for', () => {
    expect(run('t.yaml', TAG.replace('  meaning: Money questions.\n', ''))).toEqual([
      'schema t.yaml:5:1 error `spec` is missing the required property `meaning` (What the tag means: when an agent should apply it.).',
    ]);
  });

  it('an unknown property at its key, with a suggestion', () => {
    expect(run('t.yaml', TAG.replace('  owner:', '  ower:'))).toEqual([
      "schema t.yaml:7:3 error Unknown property `ower` in `spec`. Allowed here: meaning, owner, defaultTier, requiredFields, translations. (did you mean 'owner'?)",
    ]);
  });

  it('an unknown property inside { } explains commas', () => {
    const doc = 'apiVersion: supportops/v1\nkind: Role\nmetadata: { name: r }\nspec: { category: other, description: Short, plain }\n';
    expect(run('r.yaml', doc)[0]).toContain('If this is part of a text value, put that value in quotes: inside { } a comma ends the value.');
  });

  it('an impossible time such as 25:00 at the value', () => {
    const doc = 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: s }\nspec:\n  timeZone: UTC\n  weekly:\n    mon: ["09:00-25:00"]\n';
    expect(run('s.yaml', doc)).toEqual([
      'schema s.yaml:7:11 error Item 1 of `mon` is "09:00-25:00", which is not valid. Expected hours written HH:MM-HH:MM on a 24-hour clock, such as 09:00-17:00, 22:00-06:00 (overnight) or 00:00-24:00.',
    ]);
  });

  it('wrong types in plain words', () => {
    const team = 'apiVersion: supportops/v1\nkind: Team\nmetadata: { name: t }\nspec:\n  role: r\n  schedule: s\n  headcount: three\n  shrinkage: 0.3\n  occupancy: 85%\n  channels: []\n';
    expect(run('t.yaml', team)).toEqual([
      't.yaml:7:14 error `headcount` must be a whole number, not "three".',
      't.yaml:8:14 error `shrinkage` is 0.3, which is not valid. Expected a percentage from 0% up to (not including) 100%, such as 30%.',
    ].map((s) => `schema ${s}`));
  });

  it('a duration written loosely is rejected with the accepted forms', () => {
    const doc = 'apiVersion: supportops/v1\nkind: EscalationTrigger\nmetadata: { name: e }\nspec:\n  condition: c\n  when: { match: any }\n  tier: urgent\n  routeTo: r\n  within: 30 minutes\n';
    expect(run('e.yaml', doc)).toEqual([
      'schema e.yaml:9:11 error `within` is "30 minutes", which is not valid. Expected a duration such as 15m, 4h, 1d or 1h30m (d = 24 hours of the clock, h = hours, m = minutes, s = seconds).',
    ]);
  });
});
