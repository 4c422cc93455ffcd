import { describe, expect, it } from 'vitest';
import { show, validateFile } from '../helpers/policies.js';

const run = (doc: string): string[] => validateFile('p.yaml', doc).diagnostics.map(show);

describe('schema messages say the likely fix', () => {
  it.each([
    [
      'an operator typed the wrong way round suggests the operator meant',
      'apiVersion: supportops/v1\nkind: EscalationTrigger\nmetadata: { name: e }\nspec:\n  condition: c\n  when: { match: any, conditions: [{ field: n, op: "=>", value: 10 }] }\n  tier: urgent\n  routeTo: r\n  within: 30m\n',
      ["p.yaml:6:52 error `op` is \"=>\"; it must be one of: =, !=, >=, <=, >, <, contains, in. (did you mean '>='?)"],
    ],
    [
      'a weekday written out in full suggests its key',
      'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: s }\nspec:\n  timeZone: UTC\n  weekly:\n    monday: [09:00-17:00]\n',
      ["p.yaml:7:5 error Unknown property `monday` in `weekly`. Allowed here: mon, tue, wed, thu, fri, sat, sun. (did you mean 'mon'?)"],
    ],
    [
      'a comma that split a text value inside { } gets the hint to quote the value',
      'apiVersion: supportops/v1\nkind: Role\nmetadata: { name: r }\nspec: { category: other, description: Short, plain }\n',
      ['p.yaml:4:46 error Unknown property `plain` in `spec`. Allowed here: category, description, responsibilities. If this is part of a text value, put that value in quotes: inside { } a comma ends the value.'],
    ],
    [
      'an unknown key in { } that no comma split gets no comma hint',
      'apiVersion: supportops/v1\nkind: SlaPolicy\nmetadata: { name: s }\nspec:\n  clock: calendar\n  tiers:\n    - { name: u, priority: 1, description: d, firstResponse: 1h, p95: 3d }\n',
      ['p.yaml:7:66 error Unknown property `p95` in Item 1 of `tiers`. Allowed here: name, priority, description, acknowledge, firstResponse, nextResponse, resolution, translations.'],
    ],
    [
      'a mistyped required key is one finding with a suggestion, not also a missing key',
      'apiVersion: supportops/v1\nkind: Role\nmetdata: { name: r }\nspec: { category: other, description: Short }\n',
      ["p.yaml:3:1 error Unknown property `metdata`. Allowed here: apiVersion, kind, metadata, effective, spec. (did you mean 'metadata'?)"],
    ],
    [
      'an unrelated unknown key does not hide a missing one',
      'apiVersion: supportops/v1\nkind: Role\nmetadata: { name: r }\nspec: { category: other, colour: red }\n',
      [
        'p.yaml:4:1 error `spec` is missing the required property `description` (What people in this role do, in one or two sentences.).',
        'p.yaml:4:26 error Unknown property `colour` in `spec`. Allowed here: category, description, responsibilities.',
      ],
    ],
  ])('%s', (_, doc, expected) => {
    expect(run(doc)).toEqual(expected);
  });
});

describe('names', () => {
  it('a name that is too long is told its length, not that it must be lowercase', () => {
    const long = 'a'.repeat(5000);
    const [finding] = run(`apiVersion: supportops/v1\nkind: Role\nmetadata: { name: ${long} }\nspec: { category: other, description: Short }\n`);
    expect(finding).toBe(`p.yaml:3:19 error \`name\` is "${'a'.repeat(56)}...: it is 5000 characters long; a name has at most 63. Shorten it (lowercase letters, digits and dashes).`);
    expect(run('apiVersion: supportops/v1\nkind: Role\nmetadata: { name: Billing }\nspec: { category: other, description: Short }\n')[0]).toContain('a name in lowercase letters, digits and dashes');
  });
});
